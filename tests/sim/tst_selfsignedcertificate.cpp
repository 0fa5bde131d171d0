// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The simulator's TLS identity: certificate contents, and real TLS handshakes on loopback.
#include "SelfSignedCertificate.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::Literals::StringLiterals;
using zc::sim::SelfSignedIdentity;

namespace {

// A minimal HTTPS-like server: TLS with the identity, then echoes what it reads.
class TlsEchoServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit TlsEchoServer(SelfSignedIdentity identity, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_identity(std::move(identity))
    {}

    int encryptedCount = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_identity.certificate);
        socket->setPrivateKey(m_identity.key);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++encryptedCount; });
        connect(socket, &QSslSocket::readyRead, socket,
                [socket] { socket->write(socket->readAll()); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    SelfSignedIdentity m_identity;
};

struct ClientResult
{
    bool encrypted = false;
    QList<QSslError> sslErrors;
    QByteArray echoed;
    QString errorString;
};

ClientResult connectClient(quint16 port, const QString &host, const QString &peerName,
                           const QList<QSslCertificate> &extraCas)
{
    ClientResult result;
    QSslSocket client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!extraCas.isEmpty())
        configuration.addCaCertificates(extraCas);
    client.setSslConfiguration(configuration);
    bool done = false;
    QObject::connect(&client, &QSslSocket::encrypted, &client, [&] {
        result.encrypted = true;
        client.write("ping over TLS");
    });
    QObject::connect(&client, &QSslSocket::readyRead, &client, [&] {
        result.echoed += client.readAll();
        if (result.echoed.size() >= 13)
            done = true;
    });
    QObject::connect(&client, &QSslSocket::sslErrors, &client,
                     [&](const QList<QSslError> &errors) { result.sslErrors += errors; });
    QObject::connect(&client, &QSslSocket::errorOccurred, &client, [&] {
        result.errorString = client.errorString();
        done = true;
    });
    client.connectToHostEncrypted(host, port, peerName);
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        result.errorString = u"timed out"_s;
    client.abort();
    return result;
}

bool containsAddress(const QStringList &entries, const QHostAddress &address)
{
    for (const QString &entry : entries) {
        if (QHostAddress(entry).isEqual(address))
            return true;
    }
    return false;
}

} // namespace

class tst_SelfSignedCertificate : public QObject
{
    Q_OBJECT

private:
    SelfSignedIdentity m_identity;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "TLS backend unavailable");
        m_identity = zc::sim::generateSelfSignedIdentity();
        QVERIFY(!m_identity.certificate.isNull());
        QVERIFY(!m_identity.key.isNull());
    }

    void certificateContents()
    {
        const QSslCertificate &cert = m_identity.certificate;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(cert.effectiveDate() <= now.addSecs(-59 * 60));
        QVERIFY(cert.effectiveDate() >= now.addSecs(-61 * 60));
        QVERIFY(cert.expiryDate() > now.addDays(30).addSecs(-2 * 3600));
        QVERIFY(cert.expiryDate() <= now.addDays(30).addSecs(60));
        QVERIFY(cert.isSelfSigned());
        QCOMPARE(cert.version(), QByteArray("3"));
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName),
                 QStringList{u"ZConsole tenant simulator"_s});
        QCOMPARE(cert.issuerInfo(QSslCertificate::CommonName),
                 cert.subjectInfo(QSslCertificate::CommonName));
        QCOMPARE(cert.publicKey().algorithm(), QSsl::Ec);
        QCOMPARE(cert.publicKey().length(), 256);

        const auto names = cert.subjectAlternativeNames();
        QCOMPARE(names.values(QSsl::DnsEntry), QStringList{u"localhost"_s});
        const QStringList ips = names.values(QSsl::IpAddressEntry);
        QCOMPARE(ips.size(), 2);
        QVERIFY(containsAddress(ips, QHostAddress(QHostAddress::LocalHost)));
        QVERIFY(containsAddress(ips, QHostAddress(QHostAddress::LocalHostIPv6)));

        QCOMPARE(m_identity.key.algorithm(), QSsl::Ec);
        QCOMPARE(m_identity.key.type(), QSsl::PrivateKey);
        QCOMPARE(m_identity.key.length(), 256);
        QCOMPARE(QSslCertificate(m_identity.certificatePem, QSsl::Pem), cert);
        QVERIFY(m_identity.certificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
    }

    void x509Details()
    {
        // What Qt does not expose, read with OpenSSL: SHA-256, CA:TRUE, key usage, signature.
        BIO *bio = BIO_new_mem_buf(m_identity.certificatePem.constData(),
                                   static_cast<int>(m_identity.certificatePem.size()));
        X509 *x509 = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        QVERIFY(x509);
        QCOMPARE(X509_get_version(x509), long(X509_VERSION_3));
        QCOMPARE(X509_get_signature_nid(x509), NID_ecdsa_with_SHA256);
        QCOMPARE(X509_check_ca(x509), 1);
        const uint32_t usage = X509_get_key_usage(x509);
        QVERIFY(usage & KU_DIGITAL_SIGNATURE);
        QVERIFY(usage & KU_KEY_CERT_SIGN);
        QCOMPARE(X509_verify(x509, X509_get0_pubkey(x509)), 1);
        QCOMPARE(X509_check_host(x509, "localhost", 0, 0, nullptr), 1);
        QCOMPARE(X509_check_ip_asc(x509, "127.0.0.1", 0), 1);
        QCOMPARE(X509_check_ip_asc(x509, "::1", 0), 1);
        QCOMPARE(X509_check_host(x509, "example.com", 0, 0, nullptr), 0);
        const ASN1_INTEGER *serial = X509_get0_serialNumber(x509);
        QVERIFY(ASN1_STRING_length(serial) >= 15);
        X509_free(x509);
    }

    void freshIdentities()
    {
        const SelfSignedIdentity other = zc::sim::generateSelfSignedIdentity(u"Other CN"_s);
        QVERIFY(!other.certificate.isNull());
        QCOMPARE(other.certificate.subjectInfo(QSslCertificate::CommonName),
                 QStringList{u"Other CN"_s});
        QVERIFY(other.certificate.serialNumber() != m_identity.certificate.serialNumber());
        QVERIFY(other.key.toPem() != m_identity.key.toPem());
    }

    void handshakeTrustedThroughCaFile_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("peerName");
        QTest::newRow("ip") << u"127.0.0.1"_s << QString();
        QTest::newRow("localhost") << u"127.0.0.1"_s << u"localhost"_s;
    }
    void handshakeTrustedThroughCaFile()
    {
        QFETCH(QString, host);
        QFETCH(QString, peerName);
        // Trusted the way the engine's tests do it: through a CA file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString caPath = dir.filePath(u"ca.pem"_s);
        QFile caFile(caPath);
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(m_identity.certificatePem);
        caFile.close();
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caPath);
        QCOMPARE(cas.size(), 1);

        TlsEchoServer server(m_identity);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ClientResult result = connectClient(server.serverPort(), host, peerName, cas);
        QVERIFY2(result.sslErrors.isEmpty(), qPrintable(result.sslErrors.value(0).errorString()));
        QVERIFY2(result.encrypted, qPrintable(result.errorString));
        QCOMPARE(result.echoed, QByteArray("ping over TLS"));
        QCOMPARE(server.encryptedCount, 1);
    }

    void handshakeOverIpv6()
    {
        TlsEchoServer server(m_identity);
        if (!server.listen(QHostAddress::LocalHostIPv6))
            QSKIP("No IPv6 loopback here");
        const ClientResult result =
            connectClient(server.serverPort(), u"::1"_s, QString(), {m_identity.certificate});
        QVERIFY2(result.sslErrors.isEmpty(), qPrintable(result.sslErrors.value(0).errorString()));
        QVERIFY2(result.encrypted, qPrintable(result.errorString));
    }

    void untrustedWithoutTheCa()
    {
        TlsEchoServer server(m_identity);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ClientResult result = connectClient(server.serverPort(), u"127.0.0.1"_s, {}, {});
        QVERIFY(!result.encrypted);
        QVERIFY(result.echoed.isEmpty());
        QVERIFY(!result.sslErrors.isEmpty());
        bool certificateError = false;
        for (const QSslError &error : result.sslErrors) {
            certificateError |= error.error() == QSslError::SelfSignedCertificate ||
                                error.error() == QSslError::CertificateUntrusted ||
                                error.error() == QSslError::UnableToGetLocalIssuerCertificate;
        }
        QVERIFY(certificateError);
    }

    void wrongHostNameFails()
    {
        TlsEchoServer server(m_identity);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ClientResult result = connectClient(
            server.serverPort(), u"127.0.0.1"_s, u"tenant.example.com"_s, {m_identity.certificate});
        QVERIFY(!result.encrypted);
        bool mismatch = false;
        for (const QSslError &error : result.sslErrors)
            mismatch |= error.error() == QSslError::HostNameMismatch;
        QVERIFY(mismatch);
    }
};

QTEST_GUILESS_MAIN(tst_SelfSignedCertificate)
#include "tst_selfsignedcertificate.moc"

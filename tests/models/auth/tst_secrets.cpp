// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The one set of secret functions (issue 12, finding 9): secureWipe() overwrites the real
// buffer, not a detached copy; secretCopy() and Credentials copies own their bytes, so wiping
// one owner never empties another; read-only data is left alone.
#include "auth/Credentials.h"
#include "auth/PrivateKey.h"
#include "auth/Secrets.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

bool allZero(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\0'; });
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wipesTheRealBytes()
    {
        QByteArray secret("client-secret-value");
        const QByteArray sharer = secret; // the same buffer, implicitly shared
        QCOMPARE(sharer.constData(), secret.constData());
        zc::secureWipe(secret);
        QVERIFY(secret.isEmpty());
        // The buffer itself was overwritten: whoever still points at it reads zeros.
        QCOMPARE(sharer.size(), 19);
        QVERIFY(allZero(sharer));

        QByteArray empty;
        zc::secureWipe(empty);
        QVERIFY(empty.isEmpty());
    }

    void leavesReadOnlyDataAlone()
    {
        static const char literal[] = "not-ours-to-wipe";
        QByteArray raw = QByteArray::fromRawData(literal, sizeof(literal) - 1);
        zc::secureWipe(raw); // would crash on read-only memory if written
        QVERIFY(raw.isEmpty());
        QCOMPARE(QByteArray(literal), QByteArray("not-ours-to-wipe"));

        QString text = u"static text"_s; // a literal's data, not the string's own
        zc::secureWipe(text);
        QVERIFY(text.isEmpty());
        QCOMPARE(u"static text"_s.size(), 11);
    }

    void wipesText()
    {
        QString typed = QString::fromUtf8("pässwörd-typed");
        const QString sharer = typed;
        zc::secureWipe(typed);
        QVERIFY(typed.isEmpty());
        QCOMPARE(sharer.size(), 14);
        QVERIFY(std::all_of(sharer.begin(), sharer.end(), [](QChar c) { return c.isNull(); }));
    }

    void secretCopyOwnsItsBytes()
    {
        QByteArray secret("token-abc");
        QByteArray copy = zc::secretCopy(secret);
        QVERIFY(copy.constData() != secret.constData());
        zc::secureWipe(secret);
        QCOMPARE(copy, QByteArray("token-abc"));
        QVERIFY(zc::secretCopy(QByteArray()).isEmpty());
    }

    // A copy of Credentials is an owner of its own: the session that got it keeps signing in
    // after the dialog that chose it wiped its copy; each copy wipes its bytes when it goes.
    void credentialsCopiesAreIndependent()
    {
        const zc::PrivateKey key = zc::PrivateKey::generateEcP256();
        zc::Credentials original{QByteArray("s3cr3t"), key, QByteArray("proxy-pass"),
                                 QByteArray("http-proxy-pass")};
        zc::Credentials copy = original;
        zc::Credentials assigned;
        assigned = original;
        original.wipe();
        QVERIFY(original.clientSecret.isEmpty());
        QVERIFY(original.privateKey.isNull());
        QVERIFY(original.proxyPassword.isEmpty());
        QVERIFY(original.httpProxyPassword.isEmpty());
        for (const zc::Credentials *c : {&copy, &assigned}) {
            QCOMPARE(c->clientSecret, QByteArray("s3cr3t"));
            QCOMPARE(c->proxyPassword, QByteArray("proxy-pass"));
            QCOMPARE(c->httpProxyPassword, QByteArray("http-proxy-pass"));
            QCOMPARE(c->privateKey.keyId(), key.keyId());
        }
        QVERIFY(!key.isNull()); // other copies of the key are not affected

        // Moving hands the bytes over; destruction wipes them.
        QByteArray sharer;
        {
            zc::Credentials moved = std::move(copy);
            QVERIFY(copy.clientSecret.isEmpty());
            QCOMPARE(moved.clientSecret, QByteArray("s3cr3t"));
            sharer = moved.clientSecret;
        }
        QCOMPARE(sharer.size(), 6);
        QVERIFY(allZero(sharer));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"

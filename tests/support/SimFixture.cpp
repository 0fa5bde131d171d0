// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SimFixture.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace zc::test {

namespace {
// Generated once per test process: RSA key generation is slow, and no key is committed.
const PrivateKey &sharedRsaKey()
{
    static const PrivateKey key = PrivateKey::generateRsa(2048);
    return key;
}
} // namespace

SimFixture::SimFixture(const sim::SimOptions &options)
    : m_server(std::make_unique<sim::SimServer>())
    , m_options(options)
    , m_rsa(sharedRsaKey())
    , m_ec(PrivateKey::generateEcP256())
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / 4);
    m_secret = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

SimFixture::~SimFixture() = default;

bool SimFixture::start(QString *error)
{
    if (!m_server->start(m_options, error))
        return false;
    m_server->addClient({QString::fromLatin1(kSecretClient), m_secret, {}, {}, 3600});
    m_server->addClient({QString::fromLatin1(kRsaClient), {}, m_rsa.publicKeyPem(), {}, 3600});
    m_server->addClient({QString::fromLatin1(kEcClient), {}, m_ec.publicKeyPem(), {}, 3600});
    if (m_options.https) {
        m_caFile = m_dir.filePath(u"sim-ca.pem"_s);
        QFile file(m_caFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_server->caCertificatePem()) <= 0) {
            if (error)
                *error = u"cannot write the CA file"_s;
            return false;
        }
    }
    return true;
}

ConnectionSettings SimFixture::settings(const QString &clientId, AuthMethod method) const
{
    ConnectionSettings s;
    s.cloud = Cloud::Custom;
    s.clientId = clientId;
    s.authMethod = method;
    s.tokenUrlOverride = m_server->tokenUrl();
    s.apiUrlOverride = m_server->apiUrl();
    s.caFile = m_caFile;
    s.zpaCustomerId = u"216196257331281920"_s;
    return s;
}

Credentials SimFixture::secretCredentials() const
{
    Credentials c;
    c.clientSecret = secretCopy(m_secret); // wiped by its owner; m_secret stays
    return c;
}

Credentials SimFixture::keyCredentials(KeyType type) const
{
    Credentials c;
    c.privateKey = type == KeyType::Rsa ? m_rsa : m_ec;
    return c;
}

std::unique_ptr<ApiClient> SimFixture::makeClient() const
{
    return makeClient(settings(), secretCredentials());
}

std::unique_ptr<ApiClient> SimFixture::makeClient(const ConnectionSettings &s,
                                                  Credentials credentials) const
{
    return std::make_unique<ApiClient>(s, std::move(credentials));
}

int SimFixture::countRequests(const QString &suffix, const QByteArray &method) const
{
    int n = 0;
    const auto requests = m_server->recordedRequests();
    for (const auto &r : requests) {
        if (r.path.endsWith(suffix) && (method.isEmpty() || r.method == method))
            ++n;
    }
    return n;
}

void SimFixture::restoreTenant()
{
    m_server->clearFaults();
    m_server->setReadOnly(false);
}

sim::SimOptions smallTenant()
{
    sim::SimOptions options;
    options.sizes.zpaSegments = 20;
    options.sizes.users = 30;
    options.sizes.devices = 10;
    options.sizes.zidGroups = 5;
    return options;
}

bool waitForJob(Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(timeoutMs) || job->isFinished();
}

} // namespace zc::test

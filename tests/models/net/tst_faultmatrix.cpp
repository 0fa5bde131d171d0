// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Issue 12, "A fault matrix test": every fault a tenant can show (an expired token mid-listing,
// 401, a 429 storm, a 409 edit lock, 503, read-only maintenance, a dropped connection, a
// truncated or malformed body, a sign-in or an answer slower than its time-out, an untrusted
// certificate) against each product's list as its page loads it, through the simulator over real
// HTTP. Each row checks what the user sees (the error's kind and its sentence), that the rows
// shown before the failed refresh are still there, unchanged, and that the next refresh works
// again. The writes the application makes (ZIA and ZTW activation, a ZDX deep trace start) meet
// the faults that concern changes: edit locks, read-only maintenance, 503, and an answer that
// never comes (a timed-out write is not sent again).
// The CLI's side of the same faults is tests/app/cli/tst_clifaultmatrix.cpp.
#include "SimFixture.h"
#include "TenantData.h"
#include "auth/TokenProvider.h"
#include "net/RateLimiter.h"
#include "zcc/DeviceModel.h"
#include "zcc/ZccService.h"
#include "zdx/DeepTraceStartJob.h"
#include "zdx/ZdxDeviceModel.h"
#include "zdx/ZdxService.h"
#include "zia/UrlLookupResultModel.h"
#include "zia/ZiaService.h"
#include "zid/ZidListModels.h"
#include "zid/ZidService.h"
#include "zpa/AppSegmentModel.h"
#include "zpa/ZpaService.h"
#include "ztw/ConnectorGroupTreeModel.h"
#include "ztw/ZtwActivateJob.h"
#include "ztw/ZtwService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;
using Kind = sim::SimFault::Kind;

namespace {

// One product's list as its page shows it: the service, the model the view shows, and what the
// page's Refresh does.
struct Listing
{
    std::unique_ptr<QObject> service;
    std::unique_ptr<QAbstractItemModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::function<void()> refresh;
};

template<class S, class M> Listing listing(ApiClient *client, std::function<void(S *, M *)> refresh)
{
    auto service = std::make_unique<S>(client);
    std::unique_ptr<M> model;
    if constexpr (std::is_constructible_v<M, S *>)
        model = std::make_unique<M>(service.get());
    else
        model = std::make_unique<M>();
    Listing l;
    l.refresh = [s = service.get(), m = model.get(), refresh] { refresh(s, m); };
    l.tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    l.service = std::move(service);
    l.model = std::move(model);
    return l;
}

Listing listingOf(Product product, ApiClient *client)
{
    switch (product) {
    case Product::Zia:
        // The URL lookup: ZIA's one list, and a POST (so edit locks and read-only reach it).
        return listing<ZiaService, UrlLookupResultModel>(client, [](auto *s, auto *m) {
            m->load(s->lookupUrls({u"bbc.com"_s, u"viruses.org"_s, u"facebook.com"_s}));
        });
    case Product::Zpa:
        return listing<ZpaService, AppSegmentModel>(
            client, [](auto *s, auto *m) { m->load(s->applicationSegments()); });
    case Product::Ztw:
        // Small pages, so that a fault can strike between two pages of one listing.
        return listing<ZtwService, ConnectorGroupTreeModel>(
            client, [](auto *s, auto *m) { m->load(s->groups(2)); });
    case Product::Zcc:
        return listing<ZccService, DeviceModel>(client, [](auto *, auto *m) { m->refresh(true); });
    case Product::Zdx:
        return listing<ZdxService, ZdxDeviceModel>(
            client, [](auto *s, auto *m) { m->load(s->searchDevices({}, 6)); });
    case Product::Zid:
        return listing<ZidService, UserModel>(client, [](auto *, auto *m) { m->loadAll(); });
    }
    Q_UNREACHABLE();
}

// What a view shows: the first column of every top-level row, with each row's record id.
QStringList shownRows(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        rows.append(index.data().toString() + u'|' +
                    index.data(RecordTableModel::RecordIdRole).toString());
    }
    return rows;
}

// Refreshes and waits for the outcome: no error when the rows were loaded.
ApiError refreshed(Listing &l, int timeoutMs = 30000)
{
    QSignalSpy loaded(l.model.get(), SIGNAL(loaded(int)));
    QSignalSpy failed(l.model.get(), SIGNAL(failed(zc::ApiError)));
    l.refresh();
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return ApiError::make(ApiError::Kind::Timeout, u"the test gave up waiting"_s);
    if (!failed.isEmpty())
        return failed.first().first().value<ApiError>();
    return {};
}

struct FaultCase
{
    const char *name;
    std::function<void(sim::SimServer &, Product)> inject;
    // The error for each product (None: the refresh succeeds), and the start of its sentence
    // ("%1" is the product's name).
    std::function<ApiError::Kind(Product)> kind;
    QString sentence;
    bool duringSignIn = false;
};

sim::SimFault fault(Kind kind, Product product, QByteArray retryAfter = {})
{
    sim::SimFault f;
    f.kind = kind;
    f.count = -1; // every request until the row ends: retries see it too
    f.product = product;
    f.retryAfter = std::move(retryAfter);
    return f;
}

// Every answer of `product` comes later than the client's answer time-out (quickPolicy()).
sim::SimFault slowAnswers(Product product)
{
    sim::SimFault f = fault(Kind::Delay, product);
    f.delayMs = 2500;
    return f;
}

// What every product answers to a fault of `kind`.
std::function<ApiError::Kind(Product)> always(ApiError::Kind kind)
{
    return [kind](Product) { return kind; };
}

bool isWrite(Product product)
{
    return product == Product::Zia; // the URL lookup is a POST; the other lists are GETs
}

QList<FaultCase> faultCases()
{
    using K = ApiError::Kind;
    return {
        {"401 on every call",
         [](sim::SimServer &s, Product p) { s.injectFault(fault(Kind::Unauthorized, p)); },
         always(K::Authentication), u"Sign-in at ZIdentity failed."_s},
        {"429 storm",
         [](sim::SimServer &s, Product p) { s.injectFault(fault(Kind::TooManyRequests, p, "1")); },
         always(K::RateLimited), u"%1 is rate limiting this client and asks to wait 1 s"_s},
        // Edit locks refuse changes only: ZIA's lookup is a POST, the other lists are reads.
        {"409 edit lock",
         [](sim::SimServer &s, Product p) { s.injectFault(fault(Kind::EditLock, p)); },
         [](Product p) { return isWrite(p) ? K::EditLock : K::None; },
         u"%1 is locked by another administrator's edit."_s},
        {"503",
         [](sim::SimServer &s, Product p) { s.injectFault(fault(Kind::ServiceUnavailable, p)); },
         always(K::Server), u"%1 answered with an error (HTTP 503)."_s},
        // Read-only maintenance (ZIA and ZTW) refuses changes; reading still works.
        {"read-only tenant", [](sim::SimServer &s, Product) { s.setReadOnly(true); },
         [](Product p) { return isWrite(p) ? K::ReadOnly : K::None; },
         u"%1 is in read-only mode for maintenance"_s},
        {"dropped connection",
         [](sim::SimServer &s, Product p) { s.injectFault(fault(Kind::Drop, p)); },
         always(K::Network), u"Could not reach %1."_s},
        {"truncated body",
         [](sim::SimServer &s, Product p) { s.injectFault(fault(Kind::Truncate, p)); },
         always(K::BadResponse), u"%1 sent an answer that could not be read."_s},
        {"malformed body",
         [](sim::SimServer &s, Product p) { s.injectFault(fault(Kind::MalformedJson, p)); },
         always(K::BadResponse), u"%1 sent an answer that could not be read."_s},
        {"answer slower than its time-out",
         [](sim::SimServer &s, Product p) { s.injectFault(slowAnswers(p)); }, always(K::Timeout),
         u"%1 did not answer in time."_s},
        // The token expired since the last load: the next call gets a 401, and signing in again
        // is slower than the sign-in's time-out.
        {"sign-in slower than its time-out",
         [](sim::SimServer &s, Product) {
             sim::SimFault f;
             f.kind = Kind::Delay;
             f.count = -1;
             f.signIn = true;
             f.delayMs = 1500;
             s.injectFault(f);
             s.revokeAllTokens();
         },
         always(K::Timeout), u"ZIdentity did not answer in time."_s, true},
    };
}

// Quick back-offs and two attempts keep the matrix short; the retry table itself is
// tst_retries'.
RetryPolicy quickPolicy()
{
    RetryPolicy p;
    p.maxAttempts = 2;
    p.baseBackoffMs = 50;
    p.editLockBackoffMs = 50;
    p.answerTimeoutMs = 1000; // generous for a dozen records, even under a sanitizer
    return p;
}

// Small, with one microtenant and three connector groups: the matrix runs every fault against
// every product's list, so each list stays short.
sim::SimOptions matrixTenant()
{
    sim::SimOptions o = test::smallTenant();
    o.sizes.zpaMicrotenants = 1;
    o.sizes.ztwGroups = 3;
    // The faults are injected; the published limits would only slow the matrix down.
    o.enforceRateLimits = false;
    return o;
}

// One change the application makes, on a service of its own.
struct Write
{
    const char *name;
    Product product;
    std::function<Job *(ApiClient *, sim::SimServer &, std::unique_ptr<QObject> &)> send;
};

QList<Write> writes()
{
    return {
        {"ZIA activation", Product::Zia,
         [](ApiClient *client, sim::SimServer &, std::unique_ptr<QObject> &owner) -> Job * {
             auto *service = new ZiaService(client);
             owner.reset(service);
             return service->activate();
         }},
        {"ZTW activation", Product::Ztw,
         [](ApiClient *client, sim::SimServer &, std::unique_ptr<QObject> &owner) -> Job * {
             auto *service = new ZtwService(client);
             owner.reset(service);
             return service->activate();
         }},
        {"ZDX deep trace start", Product::Zdx,
         [](ApiClient *client, sim::SimServer &server, std::unique_ptr<QObject> &owner) -> Job * {
             auto *service = new ZdxService(client);
             owner.reset(service);
             DeepTraceSettings settings;
             settings.sessionName = u"fault matrix"_s;
             return service->startDeepTrace(
                 QString::number(server.tenantData().devices.first().zdxDeviceId), settings);
         }},
    };
}

int writesSeen(const sim::SimServer &server, Product product)
{
    int count = 0;
    for (const sim::RecordedRequest &request : server.recordedRequests())
        count += request.product == product && request.method != "GET";
    return count;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private:
    SimFixture m_sim{matrixTenant()};

    std::unique_ptr<ApiClient> client() const
    {
        std::unique_ptr<ApiClient> c = m_sim.makeClient();
        c->setRetryPolicy(quickPolicy());
        c->tokenProvider()->setTimeoutMs(300);
        // The client's own pacing (ZIA's one lookup a second...) is tst_ratelimiter's.
        c->rateLimiter()->setEnabled(false);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
    }

    void cleanup() { m_sim.restoreTenant(); }

    void faultKeepsRowsAndSaysWhat_data()
    {
        QTest::addColumn<int>("faultIndex");
        QTest::addColumn<Product>("product");
        const QList<FaultCase> cases = faultCases();
        for (int i = 0; i < cases.size(); ++i) {
            for (Product product : allProducts) {
                QTest::addRow("%s, %s", cases.at(i).name, qPrintable(productName(product)))
                    << i << product;
            }
        }
    }

    void faultKeepsRowsAndSaysWhat()
    {
        QFETCH(int, faultIndex);
        QFETCH(Product, product);
        const FaultCase fault = faultCases().at(faultIndex);
        const std::unique_ptr<ApiClient> api = client();
        Listing l = listingOf(product, api.get());

        const ApiError first = refreshed(l);
        QVERIFY2(!first, qPrintable(first.message()));
        const QStringList before = shownRows(l.model.get());
        QVERIFY(!before.isEmpty());

        fault.inject(m_sim.server(), product);
        const ApiError error = refreshed(l);
        const ApiError::Kind expected = fault.kind(product);
        QVERIFY2(error.kind == expected,
                 qPrintable(u"got %1: %2"_s.arg(ApiError::kindKey(error.kind), error.message())));
        if (expected != ApiError::Kind::None) {
            const QString who = fault.duringSignIn ? u"ZIdentity"_s : productName(product);
            QVERIFY2(error.message().startsWith(fault.sentence.arg(who)),
                     qPrintable(error.message()));
            QCOMPARE(error.duringSignIn, fault.duringSignIn);
            if (!error.duringSignIn && expected != ApiError::Kind::Authentication)
                QCOMPARE(error.product, std::optional<Product>(product));
        }
        // Nothing fetched is lost: a failed refresh leaves the rows as they were.
        QCOMPARE(shownRows(l.model.get()), before);

        // Once the tenant behaves, the same list loads again: nothing stays blocked.
        cleanup();
        const ApiError again = refreshed(l);
        QVERIFY2(!again, qPrintable(again.message()));
        QCOMPARE(shownRows(l.model.get()), before);
    }

    // Every token issued so far turns into a 401 after the first call of the refresh: the
    // client signs in again once and the listing completes as if nothing happened. Lists of
    // several pages (ZTW, ZDX here) meet the expiry mid-listing; a list of one request meets
    // it on the next refresh.
    void tokenExpiringMidListingIsRenewed_data()
    {
        QTest::addColumn<Product>("product");
        for (Product product : allProducts)
            QTest::newRow(qPrintable(productName(product))) << product;
    }

    void tokenExpiringMidListingIsRenewed()
    {
        QFETCH(Product, product);
        const std::unique_ptr<ApiClient> api = client();
        Listing l = listingOf(product, api.get());
        const ApiError first = refreshed(l);
        QVERIFY2(!first, qPrintable(first.message()));
        const QStringList before = shownRows(l.model.get());

        const int signIns = m_sim.countRequests(u"/oauth2/v1/token"_s);
        bool revoked = false;
        const QMetaObject::Connection revoke =
            connect(&m_sim.server(), &sim::SimServer::requestServed, this,
                    [&](const sim::RecordedRequest &request) {
                        if (!revoked && request.product == product) {
                            revoked = true;
                            m_sim.server().revokeAllTokens();
                        }
                    });
        ApiError error = refreshed(l);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(revoked);
        if (m_sim.countRequests(u"/oauth2/v1/token"_s) == signIns) {
            error = refreshed(l);
            QVERIFY2(!error, qPrintable(error.message()));
        }
        disconnect(revoke);
        QCOMPARE(shownRows(l.model.get()), before);
        QCOMPARE(m_sim.countRequests(u"/oauth2/v1/token"_s), signIns + 1);
    }

    void writeFaultSaysWhat_data()
    {
        QTest::addColumn<int>("writeIndex");
        QTest::addColumn<QString>("faultName");
        const QList<Write> all = writes();
        for (int i = 0; i < all.size(); ++i) {
            for (const char *name :
                 {"409 edit lock", "read-only tenant", "503", "answer slower than its time-out"})
                QTest::addRow("%s, %s", name, all.at(i).name) << i << QString::fromLatin1(name);
        }
    }

    void writeFaultSaysWhat()
    {
        QFETCH(int, writeIndex);
        QFETCH(QString, faultName);
        const Write write = writes().at(writeIndex);
        const Product product = write.product;
        const std::unique_ptr<ApiClient> api = client();
        // Signed in before the fault, so that only the change meets it.
        QSignalSpy signedIn(api->tokenProvider(), &TokenProvider::signedIn);
        api->tokenProvider()->requestToken(this, [](const QByteArray &, const ApiError &) {});
        QTRY_COMPARE(signedIn.count(), 1);

        using K = ApiError::Kind;
        K expected = K::None;
        QString sentence;
        if (faultName == "409 edit lock"_L1) {
            m_sim.server().injectFault(fault(Kind::EditLock, product));
            expected = K::EditLock;
            sentence = u"%1 is locked by another administrator's edit."_s;
        } else if (faultName == "read-only tenant"_L1) {
            m_sim.server().setReadOnly(true);
            // Read-only maintenance is ZIA's and ZTW's; ZDX takes the change.
            if (product != Product::Zdx) {
                expected = K::ReadOnly;
                sentence = u"%1 is in read-only mode for maintenance"_s;
            }
        } else if (faultName == "503"_L1) {
            m_sim.server().injectFault(fault(Kind::ServiceUnavailable, product));
            expected = K::Server;
            sentence = u"%1 answered with an error (HTTP 503)."_s;
        } else {
            m_sim.server().injectFault(slowAnswers(product));
            expected = K::Timeout;
            sentence = u"%1 did not answer in time."_s;
        }

        const int writesBefore = writesSeen(m_sim.server(), product);
        std::unique_ptr<QObject> service;
        Job *job = write.send(api.get(), m_sim.server(), service);
        job->setAutoDelete(false);
        const std::unique_ptr<Job> owned(job);
        QVERIFY(waitForJob(job));
        const ApiError error = job->error();
        QVERIFY2(error.kind == expected,
                 qPrintable(u"got %1: %2"_s.arg(ApiError::kindKey(error.kind), error.message())));
        if (expected == K::None)
            return;
        QVERIFY2(error.message().startsWith(sentence.arg(productName(product))),
                 qPrintable(error.message()));
        QCOMPARE(error.product, std::optional<Product>(product));
        if (expected == K::Timeout) {
            // The server may have applied it: a timed-out change is never sent twice.
            QCOMPARE(writesSeen(m_sim.server(), product), writesBefore + 1);
        }
    }

    // A tenant whose certificate nobody trusts: the sign-in fails with a TLS error (never
    // ignored), no list is shown, and nothing is sent to the product.
    void untrustedCertificateIsRefused_data() { tokenExpiringMidListingIsRenewed_data(); }

    void untrustedCertificateIsRefused()
    {
        QFETCH(Product, product);
        sim::SimOptions options = matrixTenant();
        options.https = true;
        SimFixture tls(options);
        QVERIFY(tls.start());
        ConnectionSettings settings = tls.settings();
        settings.caFile.clear();
        ApiClient api(settings, tls.secretCredentials());
        api.setRetryPolicy(quickPolicy());
        Listing l = listingOf(product, &api);
        const ApiError error = refreshed(l);
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QVERIFY2(
            error.message().startsWith(
                u"The secure connection to ZIdentity failed: its certificate is not trusted."_s),
            qPrintable(error.message()));
        QCOMPARE(l.model->rowCount(), 0);
        QCOMPARE(tls.server().recordedRequests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"

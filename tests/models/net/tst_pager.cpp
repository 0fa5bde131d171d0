// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// PagedFetch over real HTTP against the simulator: pages asked for together once the first
// page says how many there are, handed on in page order, each asked for once, no 429; and the
// hostile servers that page forever (a repeated page, links that cycle, a total that keeps
// growing), stopped at once or at the limits with what was fetched kept.
#include "SimFixture.h"
#include "net/ApiClient.h"
#include "net/Pager.h"
#include "zpa/ZpaService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;

namespace {

sim::SimOptions options(int segments, int latencyMs = 0)
{
    sim::SimOptions o;
    o.seed = 3;
    o.sizes.zpaSegments = segments;
    o.sizes.zpaMicrotenants = 0;
    o.sizes.devices = 600;
    o.sizes.users = 900;
    o.latencyMs = latencyMs;
    return o;
}

QList<sim::RecordedRequest> requestsTo(SimFixture &sim, const QString &suffix)
{
    QList<sim::RecordedRequest> out;
    const auto all = sim.server().recordedRequests();
    for (const auto &r : all) {
        if (r.path.endsWith(suffix))
            out.append(r);
    }
    return out;
}

int count429(SimFixture &sim)
{
    int n = 0;
    const auto all = sim.server().recordedRequests();
    for (const auto &r : all)
        n += r.status == 429 ? 1 : 0;
    return n;
}

QStringList ids(const QJsonArray &records)
{
    QStringList out;
    for (const QJsonValue &r : records)
        out.append(r.toObject().value("id"_L1).toVariant().toString());
    return out;
}

sim::SimFault hostile(sim::SimFault::Kind kind, Product product)
{
    sim::SimFault fault;
    fault.kind = kind;
    fault.product = product;
    fault.count = -1;
    return fault;
}

// A fetch kept alive after it finished, with its pages as they were handed on; watch()
// starts it on the next event-loop turn.
struct Run
{
    explicit Run(PagedFetch *f)
        : fetch(f)
    {}
    PagedFetch *fetch;
    QJsonArray handed;
    int pagesHanded = 0;
};

void watch(Run &run)
{
    run.fetch->setAutoDelete(false);
    QObject::connect(run.fetch, &PagedFetch::pageArrived, run.fetch,
                     [&run](const QJsonArray &records) {
                         ++run.pagesHanded;
                         for (const QJsonValue &r : records)
                             run.handed.append(r);
                     });
    run.fetch->startLater();
}

PagedFetch *zpaSegments(ApiClient *client, int pageSize, QObject *parent)
{
    const ZpaService zpa(client);
    return new PagedFetch(client,
                          ApiRequest::get(Product::Zpa, {u"admin"_s, u"customers"_s,
                                                         zpa.customerId(), u"application"_s}),
                          PageStyle::Zpa, pageSize, parent);
}

PagedFetch *zccDevices(ApiClient *client, int pageSize, QObject *parent)
{
    return new PagedFetch(client, ApiRequest::get(Product::Zcc, {u"getDevices"_s}), PageStyle::Zcc,
                          pageSize, parent);
}

// The pages' parsing pool, whose threads the test can hold: the answers then wait, parsed
// by nobody, until release().
struct HeldPool
{
    explicit HeldPool(int threads) { pool.setMaxThreadCount(threads); }
    ~HeldPool()
    {
        release();
        pool.waitForDone();
    }
    void hold()
    {
        for (int i = 0; i < pool.maxThreadCount(); ++i)
            pool.start([this] { gate.acquire(); });
        held += pool.maxThreadCount();
    }
    void release() { gate.release(std::exchange(held, 0)); }

    QThreadPool pool;
    QSemaphore gate;
    int held = 0;
};

// Watches the run, its pages parsed through `parser`, which is held once the first page (the
// one that tells how many there are) was handed on.
void watchHeld(Run &run, HeldPool *parser)
{
    run.fetch->setParsePool(&parser->pool);
    watch(run);
    QObject::connect(run.fetch, &PagedFetch::pageArrived, run.fetch, [&run, parser] {
        if (run.pagesHanded == 1)
            parser->hold();
    });
}

} // namespace

class TestPager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zpaPagesGoTogetherAndArriveInOrder()
    {
        // 12 pages of 500, each answer 100 ms late: the pages after the first are asked for
        // before the second one is answered.
        SimFixture sim(options(6000, 100));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZpaService zpa(client.get());
        Run run{zpa.applicationSegments()};
        watch(run);
        int askedWhenSecondArrived = 0;
        connect(run.fetch, &PagedFetch::pageArrived, run.fetch, [&] {
            if (run.pagesHanded == 2)
                askedWhenSecondArrived = int(requestsTo(sim, u"/application"_s).size());
        });
        QVERIFY(waitForJob(run.fetch, 60000));
        QCOMPARE(run.fetch->status(), Job::Status::Succeeded);
        QVERIFY2(askedWhenSecondArrived > 2, qPrintable(QString::number(askedWhenSecondArrived)));
        QVERIFY(askedWhenSecondArrived <= 1 + PagedFetch::kDefaultConcurrency);

        // Every page asked for exactly once, none refused.
        const auto requests = requestsTo(sim, u"/application"_s);
        QCOMPARE(requests.size(), 12);
        QSet<QString> pages;
        for (const auto &r : requests) {
            QCOMPARE(r.status, 200);
            pages.insert(r.query.queryItemValue(u"page"_s));
        }
        QCOMPARE(pages.size(), 12);
        QCOMPARE(count429(sim), 0);

        // In page order: the same records in the same order as one page at a time.
        QCOMPARE(run.pagesHanded, 12);
        QCOMPARE(run.fetch->records().size(), 6000);
        Run sequential{zpa.applicationSegments()};
        sequential.fetch->setConcurrency(1);
        watch(sequential);
        QVERIFY(waitForJob(sequential.fetch, 60000));
        QCOMPARE(ids(run.fetch->records()), ids(sequential.fetch->records()));
        QCOMPARE(ids(run.handed), ids(run.fetch->records()));
        delete run.fetch;
        delete sequential.fetch;
    }

    void largePagesParsedOffTheUiThreadArriveInPageOrder()
    {
        // 12 pages of 500 segments: the pages after the first are answered while the parse
        // pool is held. A page waiting for its parse holds its place among the requests in
        // flight.
        SimFixture sim(options(6000));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZpaService zpa(client.get());
        HeldPool parser(4);
        Run run{zpa.applicationSegments()};
        watchHeld(run, &parser);
        QVERIFY(run.fetch->parseThreshold() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(run.fetch->pagesParsing(), PagedFetch::kDefaultConcurrency,
                                  30000);
        QTest::qWait(200);
        QCOMPARE(requestsTo(sim, u"/application"_s).size(), 1 + PagedFetch::kDefaultConcurrency);
        QCOMPARE(run.pagesHanded, 1);
        parser.release();
        QVERIFY(waitForJob(run.fetch, 60000));
        QCOMPARE(run.fetch->status(), Job::Status::Succeeded);
        QCOMPARE(run.fetch->pagesParsing(), 0);
        QCOMPARE(run.pagesHanded, 12);
        QCOMPARE(requestsTo(sim, u"/application"_s).size(), 12);

        // The same records in the same order as one page at a time, each parsed on this thread.
        Run inline_{zpa.applicationSegments()};
        inline_.fetch->setConcurrency(1);
        inline_.fetch->setParseThreshold(std::numeric_limits<qsizetype>::max());
        watch(inline_);
        QVERIFY(waitForJob(inline_.fetch, 60000));
        QCOMPARE(inline_.fetch->records().size(), 6000);
        QCOMPARE(ids(run.handed), ids(inline_.fetch->records()));
        QCOMPARE(ids(run.fetch->records()), ids(inline_.fetch->records()));
        delete run.fetch;
        delete inline_.fetch;
    }

    void cancelDropsThePagesStillBeingParsed()
    {
        SimFixture sim(options(6000));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZpaService zpa(client.get());
        HeldPool parser(1);
        Run run{zpa.applicationSegments()};
        watchHeld(run, &parser);
        QTRY_VERIFY_WITH_TIMEOUT(run.fetch->pagesParsing() >= 2, 30000);
        run.fetch->cancel();
        QCOMPARE(run.fetch->status(), Job::Status::Failed);
        QCOMPARE(run.fetch->error().kind, ApiError::Kind::Cancelled);

        // Another fetch deleted while its pages wait for the parser: nothing touches it after.
        HeldPool secondParser(1);
        Run deleted{zpa.applicationSegments()};
        watchHeld(deleted, &secondParser);
        QTRY_VERIFY_WITH_TIMEOUT(deleted.fetch->pagesParsing() >= 2, 30000);
        delete deleted.fetch;
        secondParser.release();
        secondParser.pool.waitForDone();

        // The parses end; their pages are dropped, not handed on.
        parser.release();
        QTRY_COMPARE(run.fetch->pagesParsing(), 0);
        QTest::qWait(50);
        QCOMPARE(run.pagesHanded, 1);
        QCOMPARE(run.fetch->records().size(), 500);
        QCOMPARE(run.fetch->status(), Job::Status::Failed);
        delete run.fetch;
    }

    void zpaBurstPastTheWindowMeetsNo429()
    {
        // 25 pages against ZPA's 20 GETs per 10 s, the simulator enforcing them: the limiter
        // holds the last pages until their slot; one attempt each.
        SimFixture sim(options(2500));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        Run run{zpaSegments(client.get(), 100, this)};
        watch(run);
        QVERIFY(waitForJob(run.fetch, 60000));
        QCOMPARE(run.fetch->status(), Job::Status::Succeeded);
        QCOMPARE(run.fetch->records().size(), 2500);
        QCOMPARE(requestsTo(sim, u"/application"_s).size(), 25);
        QCOMPARE(count429(sim), 0);
        delete run.fetch;
    }

    void zidentityPlansByOffsetAndIgnoresCyclingLinks()
    {
        SimFixture sim(options(10));
        QVERIFY(sim.start());
        sim.server().injectFault(hostile(sim::SimFault::Kind::CycleLinks, Product::Zid));
        auto client = sim.makeClient();
        Run run{new PagedFetch(client.get(), ApiRequest::get(Product::Zid, {u"users"_s}),
                               PageStyle::Zid, 100, this)};
        watch(run);
        QVERIFY(waitForJob(run.fetch));
        QCOMPARE(run.fetch->status(), Job::Status::Succeeded);
        QCOMPARE(run.fetch->records().size(), 900);
        QSet<QString> offsets;
        for (const auto &r : requestsTo(sim, u"/users"_s))
            offsets.insert(r.query.queryItemValue(u"offset"_s));
        QCOMPARE(offsets.size(), 9);
        QCOMPARE(requestsTo(sim, u"/users"_s).size(), 9);
        delete run.fetch;
    }

    void loadMoreStopsAtMaxPagesInPlannedMode()
    {
        SimFixture sim(options(3000));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZpaService zpa(client.get());
        Run run{zpa.applicationSegments()};
        run.fetch->setMaxPages(3);
        watch(run);
        QVERIFY(waitForJob(run.fetch));
        QCOMPARE(run.fetch->status(), Job::Status::Succeeded);
        QCOMPARE(run.fetch->pagesLoaded(), 3);
        QVERIFY(run.fetch->hasMore());
        QCOMPARE(requestsTo(sim, u"/application"_s).size(), 3);
        const auto next = run.fetch->nextQuery();
        QCOMPARE(paging::queryValue(next, u"page"_s), u"4"_s);

        Run rest{zpa.applicationSegments()};
        rest.fetch->setStartQuery(next);
        watch(rest);
        QVERIFY(waitForJob(rest.fetch));
        QCOMPARE(rest.fetch->records().size(), 1500);
        QVERIFY(!rest.fetch->hasMore());
        delete run.fetch;
        delete rest.fetch;
    }

    void repeatedPageStopsAtOnce_data()
    {
        QTest::addColumn<int>("product");
        QTest::newRow("ZPA, page numbers with a total") << int(Product::Zpa);
        QTest::newRow("ZCC, stop on a short page") << int(Product::Zcc);
        QTest::newRow("ZDX, cursor") << int(Product::Zdx);
    }
    void repeatedPageStopsAtOnce()
    {
        QFETCH(int, product);
        SimFixture sim(options(3000));
        QVERIFY(sim.start());
        sim.server().injectFault(hostile(sim::SimFault::Kind::RepeatPage, Product(product)));
        auto client = sim.makeClient();
        ZpaService zpa(client.get());
        PagedFetch *fetch = nullptr;
        QString path;
        if (Product(product) == Product::Zpa) {
            fetch = zpa.applicationSegments();
            path = u"/application"_s;
        } else if (Product(product) == Product::Zcc) {
            fetch = zccDevices(client.get(), 100, this);
            path = u"/getDevices"_s;
        } else {
            fetch = new PagedFetch(client.get(), ApiRequest::get(Product::Zdx, {u"devices"_s}),
                                   PageStyle::Zdx, 100, this);
            path = u"/devices"_s;
        }
        Run run{fetch};
        watch(run);
        QVERIFY(waitForJob(fetch));
        QCOMPARE(fetch->status(), Job::Status::Failed);
        QCOMPARE(fetch->error().kind, ApiError::Kind::EndlessPaging);
        QVERIFY2(fetch->error().message().contains(u"same page"_s),
                 qPrintable(fetch->error().message()));
        // The first page was kept and handed on; the repeat was not.
        QCOMPARE(run.pagesHanded, 1);
        QCOMPARE(fetch->records(), run.handed);
        QVERIFY(!fetch->records().isEmpty());
        // Found on the first repeat: at most the pages asked for together were spent.
        const int asked = int(requestsTo(sim, path).size());
        QVERIFY2(asked <= 1 + PagedFetch::kDefaultConcurrency, qPrintable(QString::number(asked)));
        if (Product(product) != Product::Zpa)
            QCOMPARE(asked, 2);
        delete fetch;
    }

    void cyclingCursorStopsWhenItComesBack()
    {
        SimFixture sim(options(10));
        QVERIFY(sim.start());
        sim.server().injectFault(hostile(sim::SimFault::Kind::CycleLinks, Product::Zdx));
        auto client = sim.makeClient();
        Run run{new PagedFetch(client.get(), ApiRequest::get(Product::Zdx, {u"devices"_s}),
                               PageStyle::Zdx, 100, this)};
        watch(run);
        QVERIFY(waitForJob(run.fetch));
        QCOMPARE(run.fetch->error().kind, ApiError::Kind::EndlessPaging);
        QVERIFY2(run.fetch->error().message().contains(u"already sent"_s),
                 qPrintable(run.fetch->error().message()));
        // first page, cursor A, cursor B, then back to A: not asked again.
        QCOMPARE(requestsTo(sim, u"/devices"_s).size(), 3);
        QCOMPARE(run.fetch->records().size(), 300);
        QCOMPARE(ids(run.handed), ids(run.fetch->records()));
        delete run.fetch;
    }

    void growingTotalStopsAtThePageLimit()
    {
        SimFixture sim(options(1000));
        QVERIFY(sim.start());
        sim.server().injectFault(hostile(sim::SimFault::Kind::RaiseTotal, Product::Zpa));
        auto client = sim.makeClient();
        ZpaService zpa(client.get());
        Run run{zpa.applicationSegments()};
        run.fetch->setLimits({7, 0});
        watch(run);
        QVERIFY(waitForJob(run.fetch));
        QCOMPARE(run.fetch->error().kind, ApiError::Kind::EndlessPaging);
        QVERIFY2(run.fetch->error().message().contains(u"after 7 pages"_s),
                 qPrintable(run.fetch->error().message()));
        QCOMPARE(requestsTo(sim, u"/application"_s).size(), 7);
        QCOMPARE(run.fetch->pagesLoaded(), 7);
        QCOMPARE(run.fetch->records().size(), 3500);
        QVERIFY(run.fetch->hasMore());
        delete run.fetch;
    }

    void growingTotalStopsAtTheRecordLimit_data()
    {
        QTest::addColumn<int>("product");
        QTest::newRow("ZPA totalPages") << int(Product::Zpa);
        QTest::newRow("ZIdentity results_total") << int(Product::Zid);
    }
    void growingTotalStopsAtTheRecordLimit()
    {
        QFETCH(int, product);
        SimFixture sim(options(1000));
        QVERIFY(sim.start());
        sim.server().injectFault(hostile(sim::SimFault::Kind::RaiseTotal, Product(product)));
        auto client = sim.makeClient();
        Run run{Product(product) == Product::Zpa
                    ? zpaSegments(client.get(), 100, this)
                    : new PagedFetch(client.get(), ApiRequest::get(Product::Zid, {u"users"_s}),
                                     PageStyle::Zid, 100, this)};
        run.fetch->setLimits({0, 1250});
        watch(run);
        QVERIFY(waitForJob(run.fetch));
        QCOMPARE(run.fetch->error().kind, ApiError::Kind::EndlessPaging);
        QVERIFY2(run.fetch->error().message().contains(u"1300 records"_s),
                 qPrintable(run.fetch->error().message()));
        // Pages asked for together past the limit may have been answered; only 13 handed on.
        QCOMPARE(run.fetch->records().size(), 1300);
        QCOMPARE(run.handed.size(), 1300);
        delete run.fetch;
    }

    void endlessZccSpendsAtMostHalfItsHourlyBudget()
    {
        SimFixture sim(options(10));
        QVERIFY(sim.start());
        sim.server().injectFault(hostile(sim::SimFault::Kind::RaiseTotal, Product::Zcc));
        auto client = sim.makeClient();
        Run run{zccDevices(client.get(), 100, this)};
        watch(run);
        QVERIFY(waitForJob(run.fetch, 60000));
        QCOMPARE(run.fetch->error().kind, ApiError::Kind::EndlessPaging);
        QCOMPARE(requestsTo(sim, u"/getDevices"_s).size(), PagingGuard::kZccMaxPages);
        QCOMPARE(count429(sim), 0);
        QCOMPARE(run.fetch->records().size(), PagingGuard::kZccMaxPages * 100);
        delete run.fetch;
    }
};

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"

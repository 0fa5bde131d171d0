// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// RecordPageConverter: pages made into rows on workers and handed on in the order they came,
// one per turn of the event loop; drain() hands on the rest at once; a converter deleted with
// pages in flight hands on nothing. The rows are RecordRowMaker's, as the table makes them.
#include "common/RecordPageConverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

std::shared_ptr<const RecordRowMaker> maker()
{
    return std::make_shared<const RecordRowMaker>(
        QList<RecordColumn>{RecordColumn::member(u"name"_s, "Name")}, QList<RecordRoleValue>());
}

// Page `page` of `size` records, ids numbered across pages.
QJsonArray page(int page, int size)
{
    QJsonArray records;
    for (int i = 0; i < size; ++i) {
        const int id = page * 1000 + i;
        records.append(QJsonObject{{u"id"_s, id}, {u"name"_s, u"user %1"_s.arg(id)}});
    }
    return records;
}

// Every worker of the global pool held until release(): conversions wait, not started.
struct PoolGate
{
    PoolGate()
    {
        for (int i = 0; i < QThreadPool::globalInstance()->maxThreadCount(); ++i)
            QThreadPool::globalInstance()->start([this] { m_held.acquire(); });
    }
    ~PoolGate() { release(); }
    void release()
    {
        m_held.release(QThreadPool::globalInstance()->maxThreadCount() - m_released);
        m_released = QThreadPool::globalInstance()->maxThreadCount();
    }
    QSemaphore m_held;
    int m_released = 0;
};

} // namespace

class TestRecordPageConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Pages of different sizes (the small ones done first on the workers) reach `take` in the
    // order they came, each row's JSON and cells as the maker makes them on this thread.
    void pagesArriveInOrder()
    {
        QList<RecordRows> taken;
        QObject owner;
        auto *converter = new RecordPageConverter(
            maker(), [&taken](const RecordRows &rows) { taken << rows; }, &owner);
        const QList<int> sizes{900, 3, 700, 1, 500, 2, 40};
        for (int i = 0; i < sizes.size(); ++i)
            converter->add(page(i, sizes.at(i)));
        QVERIFY(taken.isEmpty()); // never during add()
        QTRY_COMPARE(taken.size(), sizes.size());
        for (int i = 0; i < sizes.size(); ++i) {
            RecordRows expected;
            maker()->add(expected, page(i, sizes.at(i)));
            QCOMPARE(taken.at(i).json, expected.json);
            QCOMPARE(taken.at(i).cells, expected.cells);
        }
        QCOMPARE(taken.first().cells.at(0).toString(), u"0"_s);            // the id
        QCOMPARE(taken.first().cells.at(1).toString(), u"user 0"_s);       // the name
        QCOMPARE(QJsonDocument::fromJson(taken.at(2).json.at(5)).object(), // the record
                 page(2, 700).at(5).toObject());
    }

    // One page per turn of the event loop, even when several are done.
    void onePagePerTurn()
    {
        int taken = 0;
        QObject owner;
        auto *converter = new RecordPageConverter(
            maker(), [&taken](const RecordRows &) { ++taken; }, &owner);
        for (int i = 0; i < 4; ++i)
            converter->add(page(i, 2));
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(taken >= 1 && taken < 4); // not all four in one turn

        QTRY_COMPARE(taken, 4);
    }

    // drain(): every page handed on before it returns, in order, those no worker has begun
    // made on this thread.
    void drainHandsOnTheRestNow()
    {
        QList<int> firstIds;
        QObject owner;
        auto *converter = new RecordPageConverter(
            maker(), [&firstIds](const RecordRows &rows) { firstIds << rows.cells.at(0).toInt(); },
            &owner);
        {
            PoolGate gate; // no worker free: nothing begun
            for (int i = 0; i < 3; ++i)
                converter->add(page(i, 10));
            converter->drain();
            QCOMPARE(firstIds, (QList<int>{0, 1000, 2000}));
        }
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(20);
        QCOMPARE(firstIds.size(), 3); // nothing twice
    }

    // Deleted with pages waiting and under way: nothing handed on afterwards, nothing crashes.
    void deletedHandsOnNothing()
    {
        int taken = 0;
        auto *converter = new RecordPageConverter(
            maker(), [&taken](const RecordRows &) { ++taken; }, nullptr);
        {
            PoolGate gate;
            for (int i = 0; i < 5; ++i)
                converter->add(page(i, 300));
            delete converter;
        }
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(20);
        QCOMPARE(taken, 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordPageConverter)
#include "tst_recordpageconverter.moc"

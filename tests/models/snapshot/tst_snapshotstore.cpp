// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The snapshot folder: files named after tenant and time, listed newest first without being
// read, the folder and files owner-only.
#include "snapshot/SnapshotFile.h"
#include "snapshot/SnapshotStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndLists()
    {
        QTemporaryDir dir;
        const SnapshotStore store(dir.filePath(u"snapshots"_s));
        QVERIFY(store.list().isEmpty());
        Snapshot a;
        a.tenant = QJsonObject{{u"vanityDomain"_s, u"acme/../x"_s}};
        a.takenAt = QDateTime::fromString(u"2026-12-01T08:00:00Z"_s, Qt::ISODate);
        Snapshot b = a;
        b.takenAt = a.takenAt.addDays(2);
        QString error;
        const QString pathA = store.save(a, &error);
        QVERIFY2(!pathA.isEmpty(), qPrintable(error));
        QVERIFY(pathA.endsWith(u"/acme..x-20261201T080000Z.zcsnap.json"_s));
        QVERIFY(!store.save(b, &error).isEmpty());
#ifdef Q_OS_UNIX
        const auto others = QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                            QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther;
        QCOMPARE(QFile::permissions(store.folder()) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(pathA) & others, QFile::Permissions());
#endif
        // Another file in the folder is not listed; a renamed snapshot is, by its file time.
        QFile other(dir.filePath(u"snapshots/notes.txt"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        QVERIFY(QFile::copy(pathA, dir.filePath(u"snapshots/mine.zcsnap.json"_s)));

        const QList<SnapshotStore::Entry> entries = store.list();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(1).takenAt, b.takenAt);
        QCOMPARE(entries.at(1).tenant, u"acme..x"_s);
        QCOMPARE(entries.at(2).takenAt, a.takenAt);
        QCOMPARE(entries.at(2).takenAt.timeSpec(), Qt::UTC);
        QCOMPARE(entries.at(0).tenant, u"mine"_s); // copied just now: the newest
        QVERIFY(entries.at(2).size > 0);
        SnapshotReadError readError;
        QVERIFY(SnapshotFile::read(entries.at(2).path, &readError));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"

// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Secrets must not reach a core dump: the process writes none and, on Linux, is not dumpable.
#include "platform/ProcessHardening.h"

#include <QFile>
#include <QTest>

class TestProcessHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noCoreFileAndNotDumpable()
    {
        QVERIFY(zc::platform::disableCoreDumps());
        QVERIFY(zc::platform::coreDumpsDisabled());
#if defined(Q_OS_LINUX)
        // What the kernel says, read independently: no core file of any size.
        QFile limits(QStringLiteral("/proc/self/limits"));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        bool seen = false;
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size")) {
                const QList<QByteArray> fields = line.simplified().split(' ');
                QCOMPARE(fields.value(4), "0"); // soft limit
                QCOMPARE(fields.value(5), "0"); // hard limit
                seen = true;
            }
        }
        QVERIFY(seen);
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"

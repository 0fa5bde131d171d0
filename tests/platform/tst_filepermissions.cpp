// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Owner-only files and folders: what the file system reports afterwards.
#include "platform/FilePermissions.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

bool ownerOnly(const QString &path, QFile::Permissions owner)
{
    const QFile::Permissions permissions = QFile::permissions(path);
    return (permissions & kOthers) == 0 && (permissions & owner) == owner;
}

} // namespace

class TestFilePermissions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void folders()
    {
        const QString path = m_dir.filePath(QStringLiteral("a/b/c"));
        QVERIFY(zc::platform::makeOwnerOnlyFolder(path));
        QVERIFY(ownerOnly(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // An existing folder is narrowed.
        const QString open = m_dir.filePath(QStringLiteral("open"));
        QVERIFY(QDir().mkdir(open));
        QVERIFY(QFile::setPermissions(open, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::ExeOther));
        QVERIFY(!ownerOnly(open, QFile::ReadOwner));
        QVERIFY(zc::platform::makeOwnerOnlyFolder(open));
        QVERIFY(ownerOnly(open, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void writeOwnerOnlyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("key.pem"));
        QString error;
        QVERIFY2(zc::platform::writeOwnerOnlyFile(path, "secret", &error), qPrintable(error));
        QVERIFY(ownerOnly(path, QFile::ReadOwner | QFile::WriteOwner));
        // A world-readable file is narrowed before it is overwritten.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(zc::platform::writeOwnerOnlyFile(path, "new", &error));
        QVERIFY(ownerOnly(path, QFile::ReadOwner | QFile::WriteOwner));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "new");
        // A folder in the way: a clear error, nothing written.
        QVERIFY(!zc::platform::writeOwnerOnlyFile(m_dir.path(), "x", &error));
        QVERIFY(error.contains(m_dir.path()));
    }

    void openFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(zc::platform::restrictToOwner(file));
        file.close();
        QVERIFY(ownerOnly(path, QFile::ReadOwner | QFile::WriteOwner));

        // A QSaveFile is restricted before its content lands under the final name.
        const QString saved = m_dir.filePath(QStringLiteral("saved.jsonl"));
        QSaveFile save(saved);
        QVERIFY(save.open(QIODevice::WriteOnly));
        QVERIFY(zc::platform::restrictToOwner(save));
        save.write("line\n");
        QVERIFY(save.commit());
        QVERIFY(ownerOnly(saved, QFile::ReadOwner | QFile::WriteOwner));

        QVERIFY(!zc::platform::restrictToOwner(m_dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestFilePermissions)
#include "tst_filepermissions.moc"

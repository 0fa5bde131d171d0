// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Reading a key file (the GUI's and the CLI's one way): regular files of 1 MiB at most; a
// folder, a device, a pipe or a huge file refused before anything blocks or fills memory; a
// file others can read flagged.
#include "auth/KeyFile.h"
#include "auth/PrivateKey.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::KeyError;
using zc::KeyFileContent;

class TestKeyFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes, QFile::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        file.close();
        return QFile::setPermissions(path, permissions) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void regularFile()
    {
        const zc::PrivateKey key = zc::PrivateKey::generateEcP256();
        const QString path = write(u"key.pem"_s, key.toPem(), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!path.isEmpty());
        const KeyFileContent content = KeyFileContent::read(path);
        QCOMPARE(content.error, KeyError::None);
        QCOMPARE(content.pem, key.toPem());
        QVERIFY(!content.readableByOthers);
        QCOMPARE(zc::PrivateKey::fromFile(path).keyId(), key.keyId());
    }

    void readableByOthers()
    {
#if defined(Q_OS_WIN)
        QSKIP("access lists are not looked at on Windows");
#endif
        const QString path = write(u"shared.pem"_s, "-----BEGIN PRIVATE KEY-----\n",
                                   QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const KeyFileContent content = KeyFileContent::read(path);
        QCOMPARE(content.error, KeyError::None);
        QVERIFY(content.readableByOthers);
        QVERIFY(KeyFileContent::readableByOthersWarning().contains(u"other users"_s));
    }

    void sizeCap()
    {
        // Exactly the cap is read; one byte more is refused, as is a sparse 64 MiB one.
        const QByteArray full(KeyFileContent::kMaximumKeyFileSize, 'A');
        const QString atCap = write(u"at-cap.pem"_s, full, QFile::ReadOwner | QFile::WriteOwner);
        KeyFileContent content = KeyFileContent::read(atCap);
        QCOMPARE(content.error, KeyError::None);
        QCOMPARE(content.pem.size(), KeyFileContent::kMaximumKeyFileSize);
        QCOMPARE(zc::PrivateKey::fromFile(atCap).isNull(), true);

        const QString over =
            write(u"over-cap.pem"_s, full + 'A', QFile::ReadOwner | QFile::WriteOwner);
        content = KeyFileContent::read(over);
        QCOMPARE(content.error, KeyError::FileTooLarge);
        QVERIFY(content.pem.isEmpty());

        const QString huge = m_dir.filePath(u"huge.pem"_s);
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(64LL * 1024 * 1024));
        file.close();
        KeyError error = KeyError::None;
        QVERIFY(zc::PrivateKey::fromFile(huge, {}, &error).isNull());
        QCOMPARE(error, KeyError::FileTooLarge);
        QFile::remove(huge);
    }

    void notAFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("folder") << m_dir.path();
        if (QFileInfo::exists(u"/dev/zero"_s))
            QTest::newRow("/dev/zero") << u"/dev/zero"_s;
        if (QFileInfo::exists(u"/dev/urandom"_s))
            QTest::newRow("/dev/urandom") << u"/dev/urandom"_s;
        const QString mkfifo = QStandardPaths::findExecutable(u"mkfifo"_s);
        const QString fifo = m_dir.filePath(u"fifo"_s);
        if (!mkfifo.isEmpty() && QProcess::execute(mkfifo, {fifo}) == 0)
            QTest::newRow("pipe with no writer") << fifo;
    }

    void notAFile()
    {
        QFETCH(QString, path);
        const KeyFileContent content = KeyFileContent::read(path);
        QCOMPARE(content.error, KeyError::NotAFile);
        QVERIFY(content.pem.isEmpty());
        QVERIFY(zc::keyErrorMessage(content.error).contains(u"not a regular file"_s));
    }

    void missing()
    {
        QCOMPARE(KeyFileContent::read(m_dir.filePath(u"none.pem"_s)).error,
                 KeyError::FileUnreadable);
        QCOMPARE(KeyFileContent::read(QString()).error, KeyError::FileUnreadable);
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"

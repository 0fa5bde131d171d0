// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Keychain entry names and the store's name in messages, for the system the test runs on.
#include "platform/KeychainNames.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestKeychainNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entryKey()
    {
        const QString key = zc::platform::keychainEntryKey(u"ZConsole"_s, u"prod/client-secret"_s);
#if defined(Q_OS_WIN)
        // Credential Manager entries are named by the key alone: the application's name in it.
        QCOMPARE(key, u"ZConsole/prod/client-secret"_s);
#else
        // The service keeps entries apart: the key stays as stored until now.
        QCOMPARE(key, u"prod/client-secret"_s);
#endif
    }

    void storeName()
    {
        const QString name = zc::platform::keychainStoreName();
#if defined(Q_OS_WIN)
        QCOMPARE(name, u"Windows Credential Manager"_s);
#elif defined(Q_OS_MACOS)
        QCOMPARE(name, u"the macOS Keychain"_s);
#else
        QVERIFY(name.contains(u"Secret Service"_s));
        QVERIFY(name.contains(u"GNOME Keyring"_s));
        QVERIFY(name.contains(u"KWallet"_s));
#endif
    }
};

QTEST_GUILESS_MAIN(TestKeychainNames)
#include "tst_keychainnames.moc"

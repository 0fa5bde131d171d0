// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Every page and main dialog in German and Japanese, from the embedded catalogues: screenshots
// in build/screenshots/<lang>/ for review, no label or button too narrow for its text, and the
// menus translated.
#include "MainWindow.h"
#include "ScriptedDialogSeams.h"
#include "Session.h"
#include "ViewFixture.h"
#include "common/Translations.h"
#include "demo/DemoTenantLauncher.h"
#include "dialogs/KeyDialog.h"
#include "dialogs/ProfileEditorDialog.h"
#include "dialogs/ProfileManagerDialog.h"
#include "dialogs/SettingsDialog.h"
#include "pages/Area.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// The labels and buttons on screen whose text needs more width than they have: what a longer
// German word or a CJK font clips. Labels that wrap are left out (they grow in height).
QStringList clippedTexts(QWidget *top)
{
    QStringList clipped;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        if (text.isEmpty())
            continue;
        if (widget->sizeHint().width() > widget->width())
            clipped << u"%1 \"%2\" (%3 px wide, needs %4)"_s
                           .arg(widget->objectName().isEmpty()
                                    ? QString::fromLatin1(widget->metaObject()->className())
                                    : widget->objectName(),
                                text)
                           .arg(widget->width())
                           .arg(widget->sizeHint().width());
    }
    return clipped;
}

QString screenshotName(const QString &language, const QString &name)
{
    const QString build = qEnvironmentVariable("ZCONSOLE_BUILD_DIR", QDir::currentPath());
    QDir().mkpath(build + u"/screenshots/"_s + language);
    return language + u'/' + name;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<zc::ScriptedDialogSeams> m_seams;
    zc::DemoTenantLauncher m_demo;
    std::unique_ptr<QObject> m_translators; // owns the installed catalogues
    QStringList m_clipped;

    // The application in `language`, as its main() sets it up from the settings' choice.
    void speak(const QString &language)
    {
        m_translators = std::make_unique<QObject>();
        QCOMPARE(zc::installTranslations(m_translators.get(), language), language);
        QLocale::setDefault(QLocale(language));
    }

    // Shows `widget`, notes what it clips and writes its screenshot.
    void look(QWidget *widget, const QString &language, const QString &name)
    {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QCoreApplication::processEvents();
        for (const QString &text : clippedTexts(widget))
            m_clipped << name + u": "_s + text;
        QVERIFY(!zc::test::saveScreenshot(widget, screenshotName(language, name)).isEmpty());
    }

    // Skips the clipping check where it cannot mean anything: Japanese without a font that
    // covers it draws boxes of the fallback font's width.
    bool canCheckLayout(const QString &language)
    {
        return language != "ja"_L1 || !QFontDatabase::families(QFontDatabase::Japanese).isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"zconsole.ini"_s), QSettings::IniFormat);
        m_seams = std::make_unique<zc::ScriptedDialogSeams>();
    }

    void cleanup()
    {
        m_translators.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_clipped.clear();
    }

    void everyPageAndDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("ja") << u"ja"_s;
    }

    void everyPageAndDialog()
    {
        QFETCH(QString, language);
        speak(language);

        zc::Session session;
        session.setDemoLauncher(&m_demo);
        QVERIFY(session.startDemo());
        zc::MainWindow window(&session, m_settings.get());
        window.resize(1280, 800);
        window.show();
        QTRY_COMPARE(session.state(), zc::Session::State::SignedIn);
        for (const zc::Area area : zc::allAreas()) {
            window.showArea(area);
            // The demo tenant answers on loopback; let the page show its records.
            QTest::qWait(300);
            look(&window, language, u"page-"_s + zc::areaKey(area));
        }

        zc::ProfileStore profiles(m_settings.get());
        zc::SecretStore secrets;
        zc::ProfileManagerDialog manager(&profiles, &secrets);
        look(&manager, language, u"profile-manager"_s);
        zc::ProfileEditorDialog editor(&profiles, &secrets);
        look(&editor, language, u"profile-editor"_s);
        zc::KeyDialog key;
        look(&key, language, u"key"_s);
        zc::SettingsDialog settings(m_settings.get());
        look(&settings, language, u"settings"_s);

        if (canCheckLayout(language))
            QVERIFY2(m_clipped.isEmpty(), qPrintable(m_clipped.join(u'\n')));
        else
            qWarning("No font covers Japanese (install fonts-noto-cjk): clipping not checked.");

        // Translated: every menu of the window. Until the translators' catalogue is in, there
        // is nothing to compare.
        QTranslator catalogue;
        QVERIFY(catalogue.load(u":/i18n/zconsole_%1.qm"_s.arg(language)));
        if (catalogue.isEmpty())
            QSKIP(qPrintable(
                u"zconsole_%1.ts has no finished message yet: menus not checked"_s.arg(language)));
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 3);
        for (const QAction *menu : menus) {
            QVERIFY2(!QStringList({u"&File"_s, u"&View"_s, u"&Help"_s}).contains(menu->text()),
                     qPrintable(menu->text()));
        }
        if (!canCheckLayout(language))
            QSKIP("No font covers Japanese (install fonts-noto-cjk): clipping not checked");
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"

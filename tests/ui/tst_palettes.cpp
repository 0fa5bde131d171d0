// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The main window in a light and a dark palette, as the systems' light and dark modes give
// them: every page on the demo tenant, written to build/screenshots/mainwindow-<palette>-
// <page>.png for review, and checked for colours that ignore the palette.
#include "AppIcon.h"
#include "MainWindow.h"
#include "Session.h"
#include "ViewFixture.h"
#include "demo/DemoTenantLauncher.h"
#include "pages/Page.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The dark palette Fusion gets from a dark system theme (Qt 6.5+ on Windows, GNOME, KDE).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x20), text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x84, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x85));
    return p;
}

// The share of the image's pixels lighter than `lightness` (0-255).
double shareLighterThan(const QImage &image, int lightness)
{
    qint64 light = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (QColor(image.pixel(x, y)).lightness() > lightness)
                ++light;
        }
    }
    return double(light) / double(qint64(image.width()) * image.height());
}

} // namespace

class TestPalettes : public QObject
{
    Q_OBJECT
private:
    QPalette m_light;
    zc::DemoTenantLauncher m_demo; // what the application's main() installs
    QTemporaryDir m_dir;

    // Shows every page of the demo tenant in `palette`, loaded, and saves each.
    void showEveryPage(const QString &name, const QPalette &palette, QHash<QString, QImage> *shots)
    {
        QApplication::setPalette(palette);
        QSettings settings(m_dir.filePath(name + u".ini"_s), QSettings::IniFormat);
        zc::Session session;
        session.setDemoLauncher(&m_demo);
        QVERIFY(session.startDemo());
        zc::MainWindow window(&session, &settings);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), zc::Session::State::SignedIn, 20000);
        for (const zc::Area area : zc::allAreas()) {
            window.showArea(area);
            auto *page = qobject_cast<zc::Page *>(window.page(area));
            QVERIFY(page);
            QVERIFY2(zc::test::loadLikeAUser(page), qPrintable(zc::areaKey(area)));
            if (auto *getOtps = page->findChild<QPushButton *>(u"getOtps"_s);
                getOtps && getOtps->isEnabled()) {
                getOtps->click();
                QVERIFY(zc::test::waitUntilIdle(page));
            }
            QCoreApplication::processEvents();
            const QString shot = u"mainwindow-"_s + name + u'-' + zc::areaKey(area);
            QVERIFY(!zc::test::saveScreenshot(&window, shot).isEmpty());
            shots->insert(zc::areaKey(area), window.grab().toImage());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setWindowIcon(zc::applicationIcon());
        m_light = QApplication::style()->standardPalette();
    }

    void cleanupTestCase() { QApplication::setPalette(m_light); }

    void everyPageFollowsTheDarkPalette()
    {
        QHash<QString, QImage> light, dark;
        showEveryPage(u"light"_s, m_light, &light);
        showEveryPage(u"dark"_s, darkPalette(), &dark);
        QCOMPARE(dark.size(), light.size());
        for (auto it = dark.cbegin(); it != dark.cend(); ++it) {
            // Text is light on a dark window; a panel or a banner with a fixed light colour
            // would show as a bright patch.
            const double bright = shareLighterThan(it.value(), 200);
            QVERIFY2(bright < 0.08,
                     qPrintable(u"%1 in the dark palette: %2 % bright pixels"_s.arg(it.key()).arg(
                         bright * 100, 0, 'f', 1)));
            const double lightBright = shareLighterThan(light.value(it.key()), 200);
            QVERIFY2(lightBright > 0.5, qPrintable(it.key()));
        }
    }
};

QTEST_MAIN(TestPalettes)
#include "tst_palettes.moc"

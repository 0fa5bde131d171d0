// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Announcements reach screen readers through the window's live region: a label in the
// accessible tree whose name is the news. What a screen reader finds there is read through
// QAccessible, as the platform bridge reads it. (The NameChanged / Alert events themselves go
// out only when a platform bridge is active, which the offscreen platform never is.)
#include "widgets/Announcer.h"
#include "widgets/ErrorBanner.h"

#include <QAccessible>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// The live region as a screen reader finds it: a child of the window's accessible object.
QAccessibleInterface *liveRegionOf(QWidget *window)
{
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(window);
    for (int i = 0; root && i < root->childCount(); ++i) {
        QAccessibleInterface *child = root->child(i);
        if (child && child->object() && child->object()->objectName() == u"accessibleAnnouncer"_s)
            return child;
    }
    return nullptr;
}

} // namespace

class TestAnnouncer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveRegionCarriesTheNews()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *button = new QPushButton(u"Copy"_s, &window);
        layout->addWidget(button);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!liveRegionOf(&window)); // made on the first announcement
        QCOMPARE(zc::Announcer::lastAnnouncement(button), QString());

        zc::Announcer::announce(button, u"Copied."_s);
        QAccessibleInterface *region = liveRegionOf(&window);
        QVERIFY(region);
        QCOMPARE(region->text(QAccessible::Name), u"Copied."_s);
        // Readers skip invisible objects; the region takes no focus and no mouse.
        QVERIFY(!region->state().invisible);
        QVERIFY(!region->state().focusable);
        QCOMPARE(zc::Announcer::lastAnnouncement(button), u"Copied."_s);

        zc::Announcer::announce(button, u"It failed."_s, zc::Announcer::Priority::Assertive);
        QCOMPARE(region->text(QAccessible::Name), u"It failed."_s);
        // One region per window, whichever widget speaks.
        QCOMPARE(zc::Announcer::liveRegion(button), zc::Announcer::liveRegion(&window));
        QCOMPARE(window.findChildren<QLabel *>(u"accessibleAnnouncer"_s).size(), 1);
        // It does not cover anything: one pixel, under the other children.
        QLabel *label = zc::Announcer::liveRegion(&window);
        QVERIFY(label->width() <= 1 && label->height() <= 1);
        QVERIFY(label->testAttribute(Qt::WA_TransparentForMouseEvents));

        // Nothing is said for nothing.
        zc::Announcer::announce(button, QString());
        QCOMPARE(region->text(QAccessible::Name), u"It failed."_s);
    }

    void errorBannersAreAnnounced()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new zc::ErrorBanner(&window);
        layout->addWidget(banner);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        banner->showMessage(zc::ErrorBanner::Severity::Error, u"The tenant refused."_s);
        QCOMPARE(zc::Announcer::lastAnnouncement(banner), u"The tenant refused."_s);
        banner->showMessage(zc::ErrorBanner::Severity::Info, u"Started."_s);
        QCOMPARE(zc::Announcer::lastAnnouncement(banner), u"Started."_s);
    }
};

QTEST_MAIN(TestAnnouncer)
#include "tst_announcer.moc"

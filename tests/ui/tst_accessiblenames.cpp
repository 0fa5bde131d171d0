// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Screen readers know every control by its name: the main window on each page (loaded from
// the simulator, a row selected so that details and their buttons show) and every dialog are
// walked through QAccessible as a screen reader walks them, and every control that can take
// the keyboard focus must have a name. Item views' rows and cells are named by their data and
// are not walked.
#include "MainWindow.h"
#include "ViewFixture.h"
#include "activity/ActivityDock.h"
#include "dialogs/KeyDialog.h"
#include "dialogs/ProfileEditorDialog.h"
#include "dialogs/ProfileManagerDialog.h"
#include "dialogs/TestConnectionDialog.h"
#include "pages/Page.h"
#include "pages/zdx/StartTraceDialog.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Where a widget sits, for a failure message: "MainWindow/QSplitter/urlEditor".
QString widgetPath(QObject *object)
{
    QStringList parts;
    for (QObject *o = object; o; o = o->parent()) {
        parts.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                : o->objectName());
    }
    return parts.join(u'/');
}

bool isItemPart(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Cell:
    case QAccessible::Row:
    case QAccessible::RowHeader:
    case QAccessible::ColumnHeader:
    case QAccessible::ListItem:
    case QAccessible::TreeItem:
    case QAccessible::PageTab: // a tab is named by its text: checked on its tab bar
        return true;
    default:
        return false;
    }
}

// How many focusable objects the walks have looked at: proof that they reach the controls.
int g_checked = 0;

// Walks the accessible tree under `iface`; every visible focusable object without a name is
// appended to *unnamed.
void collectUnnamed(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    if (isItemPart(iface->role()))
        return;
    if (state.focusable)
        ++g_checked;
    if (state.focusable && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        unnamed->append(u"%1 (role %2)"_s.arg(widgetPath(iface->object())).arg(int(iface->role())));
    }
    // An item view's children are its headers, rows and cells.
    if (qobject_cast<QAbstractItemView *>(iface->object()))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

QStringList unnamedControls(QWidget *widget)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(widget), &unnamed);
    return unnamed;
}

// One line each: QTest cuts long failure messages.
void report(const QStringList &unnamed)
{
    for (const QString &control : unnamed)
        qWarning("unnamed: %s", qPrintable(control));
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPageOfTheMainWindow()
    {
        zc::test::ViewFixture fixture;
        QVERIFY(fixture.start());
        zc::MainWindow window(&fixture.session(), &fixture.settings());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activityDock()->show();
        QStringList unnamed;
        g_checked = 0;
        for (const zc::Area area : zc::allAreas()) {
            window.showArea(area);
            auto *page = qobject_cast<zc::Page *>(window.page(area));
            QVERIFY(page);
            QVERIFY2(zc::test::loadLikeAUser(page), qPrintable(zc::areaKey(area)));
            const QStringList found = unnamedControls(&window);
            for (const QString &control : found)
                unnamed.append(zc::areaKey(area) + u": "_s + control);
        }
        unnamed.removeDuplicates();
        report(unnamed);
        QVERIFY2(unnamed.isEmpty(), "focusable controls without a name (listed above)");
        // Every page's search fields, buttons, tables and filters, the navigation...
        QVERIFY2(g_checked > 100, qPrintable(QString::number(g_checked)));
    }

    void everyDialog()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        zc::ProfileStore store(&settings);
        zc::SecretStore secrets;
        QStringList unnamed;
        g_checked = 0;
        const auto check = [&unnamed](QWidget *dialog) {
            dialog->show();
            if (!QTest::qWaitForWindowExposed(dialog))
                unnamed.append(u"not shown: "_s + widgetPath(dialog));
            unnamed.append(unnamedControls(dialog));
        };
        {
            zc::ProfileManagerDialog dialog(&store, &secrets);
            dialog.setOffersDemo(true);
            check(&dialog);
        }
        {
            zc::ProfileEditorDialog dialog(&store, &secrets);
            check(&dialog);
        }
        {
            zc::KeyDialog dialog;
            check(&dialog);
        }
        {
            zc::StartTraceDialog dialog(u"laptop-1"_s, u"bbb@bbc.com"_s,
                                        QDateTime::currentDateTime());
            check(&dialog);
        }
        {
            zc::test::SimFixture sim;
            QVERIFY(sim.start());
            zc::TestConnectionDialog dialog(sim.settings(), sim.secretCredentials());
            check(&dialog);
            // With the results in.
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
            check(&dialog);
        }
        unnamed.removeDuplicates();
        report(unnamed);
        QVERIFY2(unnamed.isEmpty(), "focusable controls without a name (listed above)");
        QVERIFY2(g_checked > 40, qPrintable(QString::number(g_checked)));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"

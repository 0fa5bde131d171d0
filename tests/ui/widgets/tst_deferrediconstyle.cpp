// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/DeferredIconStyle.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Fusion, counting the standard icons it is asked for.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle()
        : QProxyStyle(QStyleFactory::create(u"fusion"_s))
    {}
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        ++asked;
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
    mutable int asked = 0;
};

QList<QStyle::StandardPixmap> everyStandardIcon()
{
    const QMetaEnum meta = QMetaEnum::fromType<QStyle::StandardPixmap>();
    QList<QStyle::StandardPixmap> all;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto value = QStyle::StandardPixmap(meta.value(i));
        if (value < QStyle::SP_CustomBase)
            all.append(value);
    }
    return all;
}

} // namespace

class TestDeferredIconStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drawsEveryStandardIconAsItsBaseStyleDoes()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_s));
        zc::DeferredIconStyle deferred(u"fusion"_s);
        const QList<QStyle::StandardPixmap> all = everyStandardIcon();
        QVERIFY(all.size() > 60);
        int drawn = 0;
        for (const QStyle::StandardPixmap sp : all) {
            const QIcon expected = fusion->standardIcon(sp);
            const QIcon icon = deferred.standardIcon(sp);
            const QByteArray name = QMetaEnum::fromType<QStyle::StandardPixmap>().valueToKey(sp);
            QVERIFY2(icon.isNull() == expected.isNull(), name.constData());
            QVERIFY2(icon.availableSizes() == expected.availableSizes(), name.constData());
            QCOMPARE(icon.name(), expected.name());
            for (const int side : {16, 24, 32}) {
                QCOMPARE(icon.actualSize(QSize(side, side)),
                         expected.actualSize(QSize(side, side)));
                QVERIFY2(icon.pixmap(side).toImage() == expected.pixmap(side).toImage(),
                         name.constData());
                QVERIFY2(icon.pixmap(QSize(side, side), 2.0).toImage() ==
                             expected.pixmap(QSize(side, side), 2.0).toImage(),
                         name.constData());
                QVERIFY2(icon.pixmap(side, QIcon::Disabled).toImage() ==
                             expected.pixmap(side, QIcon::Disabled).toImage(),
                         name.constData());
            }
            // Painted through QIcon::paint, as item views and buttons draw them, on a screen
            // of 1 and of 2 device pixels a pixel.
            for (const qreal dpr : {1.0, 2.0}) {
                QImage painted(QSize(40, 40) * dpr, QImage::Format_ARGB32_Premultiplied);
                painted.setDevicePixelRatio(dpr);
                painted.fill(Qt::transparent);
                QImage expectedPainted = painted.copy();
                {
                    QPainter painter(&painted);
                    icon.paint(&painter, QRect(4, 4, 32, 32));
                    QPainter expectedPainter(&expectedPainted);
                    expected.paint(&expectedPainter, QRect(4, 4, 32, 32));
                }
                QVERIFY2(painted == expectedPainted, name.constData());
            }
            drawn += expected.isNull() ? 0 : 1;
        }
        QVERIFY(drawn > 40); // Fusion draws most of them: the comparison compared pixels
    }

    void asksItsBaseStyleOnlyWhenTheIconIsFirstUsed()
    {
        auto *counting = new CountingStyle;
        zc::DeferredIconStyle deferred(counting);
        const QIcon icon = deferred.standardIcon(QStyle::SP_DialogOkButton);
        QIcon copy = icon;
        QCOMPARE(counting->asked, 0);

        QVERIFY(!copy.pixmap(16).isNull());
        QCOMPARE(counting->asked, 1);
        QVERIFY(!copy.pixmap(32).isNull());
        QVERIFY(!copy.isNull());
        QCOMPARE(counting->asked, 1); // made once

        // A style option cannot be kept: the base style is asked at once.
        QStyleOption option;
        QVERIFY(!deferred.standardIcon(QStyle::SP_DialogOkButton, &option).isNull());
        QCOMPARE(counting->asked, 2);
    }

    void makesTheIconWithTheApplicationsStyleWhenItsOwnHasGone()
    {
        QIcon icon;
        {
            zc::DeferredIconStyle deferred(u"fusion"_s);
            icon = deferred.standardIcon(QStyle::SP_DialogCancelButton);
        }
        const QIcon expected = QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton);
        QVERIFY(!expected.isNull());
        QVERIFY(icon.pixmap(16).toImage() == expected.pixmap(16).toImage());
    }

    // Why the style exists: a main window's menu bar, made and shown, asks for no icon; the
    // overflow button's icon is made when the menus no longer fit and the button is drawn.
    void aMenuBarAsksForNoIconUntilItsOverflowButtonIsDrawn()
    {
        auto *counting = new CountingStyle;
        QApplication::setStyle(new zc::DeferredIconStyle(counting));
        QMainWindow window;
        QMenuBar *menuBar = window.menuBar();
        for (int i = 0; i < 12; ++i)
            menuBar->addMenu(u"A rather long menu title %1"_s.arg(i));
        window.resize(2400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        (void)window.grab();
        QCOMPARE(counting->asked, 0);

        window.resize(300, 300);
        QTRY_VERIFY((void(window.grab()), counting->asked > 0));
    }
};

QTEST_MAIN(TestDeferredIconStyle)
#include "tst_deferrediconstyle.moc"

// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The application icon: every drawn size is in it, and at 100 %, 150 % and 200 % scaling Qt
// hands out the drawing made for that pixel size, not a small one blown up.
#include "AppIcon.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAppIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hasEveryDrawnSize()
    {
        const QIcon icon = zc::applicationIcon();
        QVERIFY(!icon.isNull());
        QList<QSize> want;
        for (const int size : zc::applicationIconSizes())
            want.append(QSize(size, size));
        QCOMPARE(icon.availableSizes(), want);
        QVERIFY(want.contains(QSize(16, 16)) && want.contains(QSize(512, 512)));
    }

    void sharpAtEveryScale_data()
    {
        QTest::addColumn<int>("logical");
        QTest::addColumn<qreal>("ratio");
        for (const int logical : {16, 24, 32, 48, 64, 128, 256}) {
            for (const qreal ratio : {1.0, 1.5, 2.0})
                QTest::addRow("%d@%.1f", logical, ratio) << logical << ratio;
        }
    }

    void sharpAtEveryScale()
    {
        QFETCH(int, logical);
        QFETCH(qreal, ratio);
        const QIcon icon = zc::applicationIcon();
        const QPixmap pixmap = icon.pixmap(QSize(logical, logical), ratio);
        const int physical = qRound(logical * ratio);
        QCOMPARE(pixmap.size(), QSize(physical, physical));
        QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(logical, logical));
        if (!zc::applicationIconSizes().contains(physical))
            return; // no drawing of that size: Qt scales a larger one down
        // The drawing for that many pixels, pixel for pixel.
        const QImage drawn(u":/icons/zconsole-%1.png"_s.arg(physical));
        QCOMPARE(drawn.size(), QSize(physical, physical));
        QImage handedOut = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        handedOut.setDevicePixelRatio(1);
        QCOMPARE(handedOut, drawn.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }

    void smallSizesKeepTheirShape()
    {
        // At 16 px the mark is still a tile: opaque in the middle, clear in the corners.
        const QImage image(u":/icons/zconsole-16.png"_s);
        QCOMPARE(image.size(), QSize(16, 16));
        QCOMPARE(qAlpha(image.pixel(8, 8)), 255);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(15, 15)), 0);
        // The Z's top bar (white) against the tile (blue) at 16 px.
        const QRgb bar = image.pixel(5, 4);
        QVERIFY2(qRed(bar) > 230 && qGreen(bar) > 230 && qBlue(bar) > 230,
                 qPrintable(QString::number(bar, 16)));
        const QRgb tile = image.pixel(2, 8);
        QVERIFY2(qBlue(tile) > 150 && qRed(tile) < 100, qPrintable(QString::number(tile, 16)));
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"

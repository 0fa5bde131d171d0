// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Status colours read in light and dark palettes alike: WCAG AA contrast (4.5:1) against the
// window and the base of Fusion's light palette and of a dark palette.
#include "ViewFixture.h"
#include "widgets/Tone.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

double contrast(const QColor &a, const QColor &b)
{
    return zc::contrastRatio(a, b);
}

QPalette darkPalette()
{
    QPalette p(QColor(0x2d, 0x2d, 0x30));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    return p;
}

} // namespace

class TestTone : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readableOnEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("fusion light") << zc::test::lightPalette() << false;
        QTest::newRow("dark") << darkPalette() << true;
    }

    void readableOnEveryPalette()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(zc::isDarkPalette(palette), dark);
        for (const zc::Tone tone :
             {zc::Tone::Error, zc::Tone::Warning, zc::Tone::Success, zc::Tone::Info}) {
            const QColor color = zc::toneColor(tone, palette);
            for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
                const double ratio = contrast(color, palette.color(role));
                QVERIFY2(ratio >= 4.5,
                         qPrintable(u"tone %1 on role %2: %3:1"_s.arg(int(tone)).arg(int(role)).arg(
                             ratio, 0, 'f', 2)));
            }
        }
    }

    void tonesDifferWithThePalette()
    {
        // The light palette's shade would not read on the dark one, and the other way round.
        const QPalette light = zc::test::lightPalette();
        const QColor onLight = zc::toneColor(zc::Tone::Error, light);
        const QColor onDark = zc::toneColor(zc::Tone::Error, darkPalette());
        QVERIFY(contrast(onLight, darkPalette().color(QPalette::Window)) < 4.5);
        QVERIFY(contrast(onDark, light.color(QPalette::Window)) < 4.5);
    }
};

QTEST_MAIN(TestTone)
#include "tst_tone.moc"

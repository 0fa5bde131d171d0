// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Status colours come from the palette (issue 11: dark mode must look right on all systems):
// the banners, the activation badges and notice, the form error sentence and the line tints
// are rendered in a light and a dark palette, and the text on each must contrast with its
// background at the WCAG ratio for text (4.5:1) as drawn, not as intended.
#include "ViewFixture.h"
#include "dialogs/FieldError.h"
#include "pages/activation/ActivationCard.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ReadOnlyBanner.h"
#include "widgets/Tone.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using zc::contrastRatio;

namespace {

struct Measured
{
    QColor background;
    QColor text;
    double ratio = 1.0;
};

// A large bold font, so that glyph stems have pixels in the full text colour.
void enlarge(QLabel *label)
{
    QFont font = label->font();
    font.setPixelSize(22);
    font.setBold(true);
    label->setFont(font);
}

// The label as drawn in the window (labels inside banners paint no background of their own):
// its background is its most frequent colour, its text the colour that stands out most.
Measured measure(const QImage &window, QLabel *label)
{
    const QRect area(label->mapTo(label->window(), QPoint(0, 0)), label->size());
    const QImage image = window.copy(area).convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    Measured m;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            m.background = QColor(it.key());
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = contrastRatio(QColor(it.key()), m.background);
        if (ratio > m.ratio) {
            m.ratio = ratio;
            m.text = QColor(it.key());
        }
    }
    return m;
}

QString describe(const QString &what, const Measured &m)
{
    return u"%1: text %2 on %3, %4:1"_s.arg(what, m.text.name(), m.background.name())
        .arg(m.ratio, 0, 'f', 2);
}

} // namespace

class TestStatusColours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readableInLightAndDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << zc::test::lightPalette();
        QTest::newRow("dark") << zc::test::darkPalette();
    }

    void readableInLightAndDark()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        QList<std::pair<QString, QLabel *>> labels;

        const std::array severities{std::pair{zc::ErrorBanner::Severity::Error, u"error"_s},
                                    std::pair{zc::ErrorBanner::Severity::Warning, u"warning"_s},
                                    std::pair{zc::ErrorBanner::Severity::Info, u"info"_s}};
        for (const auto &[severity, name] : severities) {
            auto *banner = new zc::ErrorBanner(&window);
            layout->addWidget(banner);
            banner->showMessage(severity, u"Banner text"_s);
            labels.append(
                {u"error banner "_s + name, banner->findChild<QLabel *>(u"errorBannerText"_s)});
        }
        auto *readOnly = new zc::ReadOnlyBanner(&window);
        layout->addWidget(readOnly);
        readOnly->setMessage(u"Read-only maintenance"_s);
        labels.append({u"read-only banner"_s, readOnly->findChildren<QLabel *>().last()});

        using CardTone = zc::ActivationCard::Tone;
        for (const CardTone tone : {CardTone::Neutral, CardTone::Good, CardTone::Pending,
                                    CardTone::Busy, CardTone::Bad}) {
            auto *card = new zc::ActivationCard(zc::Product::Zia, u"ZIA"_s, u"Policy"_s, &window);
            layout->addWidget(card);
            card->setStatus(u"Status"_s, tone);
            labels.append({u"activation badge %1"_s.arg(int(tone)), card->statusLabel()});
            if (tone == CardTone::Pending) {
                card->setNotice(u"Activate is not possible now"_s);
                labels.append({u"activation notice"_s, card->noticeLabel()});
            }
        }
        QLabel *fieldError = zc::dialogs::makeErrorLabel(u"fieldError"_s, &window);
        layout->addWidget(fieldError);
        zc::dialogs::setErrorText(fieldError, u"This field is required"_s);
        labels.append({u"field error"_s, fieldError});
        for (const zc::Tone tone :
             {zc::Tone::Error, zc::Tone::Warning, zc::Tone::Success, zc::Tone::Info}) {
            auto *label = new QLabel(u"Status text"_s, &window);
            label->setStyleSheet(zc::toneTextStyle(tone, zc::surroundingPalette(label)));
            layout->addWidget(label);
            labels.append({u"status text %1"_s.arg(int(tone)), label});
        }

        for (const auto &[what, label] : std::as_const(labels)) {
            QVERIFY2(label, qPrintable(what));
            enlarge(label);
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage shot = window.grab().toImage();
        for (const auto &[what, label] : std::as_const(labels)) {
            const Measured m = measure(shot, label);
            QVERIFY2(m.ratio >= 4.5, qPrintable(describe(what, m)));
            // The background follows the palette: dark in a dark palette, light in a light one.
            QCOMPARE(zc::isDarkPalette(palette), m.background.lightness() < 128);
        }

        // The tints behind a URL editor line and an alert row, with the text drawn on them.
        for (const zc::Tone tone :
             {zc::Tone::Error, zc::Tone::Warning, zc::Tone::Success, zc::Tone::Info}) {
            const QColor tint = zc::toneBackground(tone, palette);
            QVERIFY(contrastRatio(palette.color(QPalette::Text), tint) >= 4.5);
            QVERIFY(contrastRatio(zc::toneColor(tone, palette), tint) >= 4.5);
        }
        QApplication::setPalette(zc::test::lightPalette());
    }
};

QTEST_MAIN(TestStatusColours)
#include "tst_statuscolours.moc"

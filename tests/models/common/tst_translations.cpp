// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The embedded catalogues: every language's .qm under :/i18n/, the English plural forms
// installed and used ("1 row", "1,201 rows"), and zconsole_en.ts with every plural finished.
#include "common/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyLanguageIsEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("ja") << u"ja"_s;
    }

    void everyLanguageIsEmbedded()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/zconsole_%1.qm"_s.arg(language)));
        QCOMPARE(translator.language().left(2), language);
    }

    void englishCountsReadAsEnglish()
    {
        const auto rows = [](int n) {
            return QCoreApplication::translate("zc::RecordTableView", "%Ln row(s)", nullptr, n);
        };
        // Without the catalogue the source text shows through.
        QCOMPARE(rows(1), u"1 row(s)"_s);
        QVERIFY(zc::installEnglishPlurals(QCoreApplication::instance()));
        QCOMPARE(rows(1), u"1 row"_s);
        QCOMPARE(rows(0), u"0 rows"_s);
        QCOMPARE(rows(1201), u"1,201 rows"_s);
        QCOMPARE(
            QCoreApplication::translate("zc::UrlLineCheck", "%Ln duplicate(s) skipped", nullptr, 1),
            u"1 duplicate skipped"_s);
    }

    // lupdate -pluralonly keeps only the messages with %n in zconsole_en.ts; each one needs
    // its singular and plural written out, or English shows "1 row(s)".
    void everyEnglishPluralIsFinished()
    {
        QFile file(QStringLiteral(ZC_SOURCE_DIR) + u"/translations/zconsole_en.ts"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                ++messages;
                QVERIFY2(xml.attributes().value("type"_L1).isEmpty(), qPrintable(source));
                QStringList forms;
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
                QCOMPARE(forms.size(), 2);
                for (const QString &form : forms)
                    QVERIFY2(!form.isEmpty(), qPrintable(source));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

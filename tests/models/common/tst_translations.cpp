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

    void languagesWithACatalogue()
    {
        QCOMPARE(zc::availableLanguages(), QStringList({u"de"_s, u"en"_s, u"ja"_s}));
    }

    // The order of QLocale::uiLanguages(): the first language with a catalogue wins, a region
    // falls back to its language, and English is what is left.
    void choosesTheLanguage_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system de-AT") << QString() << QStringList{u"de-AT"_s, u"en"_s} << u"de"_s;
        QTest::newRow("system fr, then ja")
            << QString() << QStringList{u"fr-FR"_s, u"fr"_s, u"ja-JP"_s} << u"ja"_s;
        QTest::newRow("system en-GB, then de")
            << QString() << QStringList{u"en-GB"_s, u"de"_s} << u"en"_s;
        QTest::newRow("system fr only") << QString() << QStringList{u"fr-FR"_s} << u"en"_s;
        QTest::newRow("system C") << QString() << QStringList{u"C"_s} << u"en"_s;
        QTest::newRow("chosen ja") << u"ja"_s << QStringList{u"de-DE"_s} << u"ja"_s;
        QTest::newRow("chosen en") << u"en"_s << QStringList{u"de-DE"_s} << u"en"_s;
        QTest::newRow("chosen, no catalogue") << u"xx"_s << QStringList{u"de"_s} << u"de"_s;
    }

    void choosesTheLanguage()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(zc::chooseLanguage(choice, uiLanguages), expected);
    }

    // Installed for the chosen language, uninstalled with their owner.
    void installsTheChosenCatalogue()
    {
        const char *const source = "Show this help.";
        QTranslator german;
        QVERIFY(german.load(u":/i18n/zconsole_de.qm"_s));
        const QString expected = german.translate("zc::cli::CliOptions", source);
        if (expected.isEmpty())
            QSKIP("zconsole_de.ts does not translate the message yet");
        {
            QObject owner;
            QCOMPARE(zc::installTranslations(&owner, u"de"_s), u"de"_s);
            QCOMPARE(QCoreApplication::translate("zc::cli::CliOptions", source), expected);
        }
        QCOMPARE(QCoreApplication::translate("zc::cli::CliOptions", source),
                 QString::fromLatin1(source));
    }

    void joinsSentences()
    {
        QCOMPARE(zc::joinSentences(u"One."_s, u"Two."_s), u"One. Two."_s);
        QCOMPARE(zc::joinSentences(QString(), u"Two."_s), u"Two."_s);
        QCOMPARE(zc::joinSentences(u"One."_s, QString()), u"One."_s);
        // In Japanese, as its translators write it: no space between sentences.
        QTranslator japanese;
        QVERIFY(japanese.load(u":/i18n/zconsole_ja.qm"_s));
        const QString separator = japanese.translate("zc::Translations", "%1 %2");
        if (separator.isEmpty())
            QSKIP("zconsole_ja.ts does not translate the sentence separator yet");
        QCOMPARE(separator, u"%1%2"_s);
        QCoreApplication::installTranslator(&japanese);
        QCOMPARE(zc::joinSentences(u"一。"_s, u"二。"_s), u"一。二。"_s);
        QCoreApplication::removeTranslator(&japanese);
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

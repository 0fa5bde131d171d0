// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The man pages (resources/man) stay in step with the programs: every command and option the
// real binaries' --help lists is in the page, every option the page names exists, and the page
// carries the current version.
#include "HelpTree.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString manPagePath(const QString &name)
{
    return QStringLiteral(ZC_SOURCE_DIR) + u"/resources/man/"_s + name;
}

// The page's words without roff: no comments, macro names, font changes, quotes or escapes,
// spaces collapsed.
QString plainText(const QString &path, QString *roff)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    *roff = QString::fromUtf8(file.readAll());
    QStringList words;
    static const QRegularExpression font(u"\\\\f[BIRP]"_s);
    for (QString line : roff->split(u'\n')) {
        if (line.startsWith(u".\\\""_s))
            continue;
        if (line.startsWith(u'.'))
            line = line.section(u' ', 1);
        line.replace(u"\\-"_s, u"-"_s).remove(font).remove(u"\\&"_s).remove(u'"');
        words.append(line);
    }
    return words.join(u' ').simplified();
}

bool containsWord(const QString &text, const QString &word)
{
    const QRegularExpression pattern(u"(?<![\\w-])"_s + QRegularExpression::escape(word) +
                                     u"(?![\\w-])"_s);
    return text.contains(pattern);
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT
private:
    // Checks `page` against `program`'s help tree; `optional`: options the page may name that
    // this build leaves out.
    void check(const QString &program, const QString &page, const QStringList &optional = {})
    {
        QString error;
        const QList<zc::test::HelpLevel> levels = zc::test::readHelpTree(program, &error);
        QVERIFY2(!levels.isEmpty(), qPrintable(error));
        QString roff;
        const QString text = plainText(manPagePath(page), &roff);
        QVERIFY2(!text.isEmpty(), qPrintable(manPagePath(page)));

        QSet<QString> known;
        for (const zc::test::HelpLevel &level : levels) {
            if (!level.words.isEmpty())
                QVERIFY2(
                    containsWord(text, level.words),
                    qPrintable(page + u" does not describe the command \""_s + level.words + u'"'));
            for (const QString &option : level.options) {
                known.insert(option);
                QVERIFY2(containsWord(text, option),
                         qPrintable(page + u" does not name "_s + option +
                                    (level.words.isEmpty() ? QString()
                                                           : u" of \""_s + level.words + u'"')));
            }
        }
        // And the other way: no option in the page that the program lacks.
        static const QRegularExpression longOption(u"(?<![\\w-])--[a-z][a-z-]*"_s);
        for (auto it = longOption.globalMatch(text); it.hasNext();) {
            const QString option = it.next().captured(0);
            QVERIFY2(known.contains(option) || optional.contains(option),
                     qPrintable(page + u" names "_s + option + u", which "_s + program +
                                u" does not have"_s));
        }
        // The header names this version.
        QVERIFY2(roff.contains(u"\"ZConsole " ZCONSOLE_VERSION "\""_s),
                 qPrintable(page + u": .TH does not name ZConsole " ZCONSOLE_VERSION ""_s));
    }

private Q_SLOTS:
    void cliPageNamesEveryCommandAndOption()
    {
        check(QStringLiteral(ZC_CLI_PATH), u"zconsole-cli.1"_s);
    }

    void guiPageNamesEveryOption()
    {
        // --demo is left out of builds without the demo tenant; the page says so.
        check(QStringLiteral(ZC_GUI_PATH), u"zconsole.1"_s, {u"--demo"_s});
    }

    void simulatorPageNamesEveryOption()
    {
        check(QStringLiteral(ZC_SIM_EXECUTABLE), u"zconsole-sim.1"_s);
    }

    void checkCatchesAMissingOption()
    {
        // The check itself: a page without an option the help lists would not pass.
        QString roff;
        const QString text = plainText(manPagePath(u"zconsole-cli.1"_s), &roff);
        QVERIFY(containsWord(text, u"--cloudpath-probe"_s));
        QVERIFY(!containsWord(text, u"--cloudpath"_s));
        QVERIFY(!containsWord(text, u"zdx trace stop"_s));
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"

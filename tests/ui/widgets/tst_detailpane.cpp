// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/DetailPane.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {
QJsonObject segment()
{
    return QJsonDocument::fromJson(R"({"id": "72058304855015574",
        "name": "Finance apps",
        "segmentGroupName": "Finance",
        "enabled": true,
        "domainNames": ["erp.example.com", "*.fin.example.com"],
        "serverGroups": [{"id": "1", "name": "SG East"}, {"id": "2", "name": "SG West"}],
        "natIP": "198.51.100.7",
        "tcpPortRanges": ["443", "443"],
        "bypass_type": null,
        "ecVMs": 3})")
        .object();
}
} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readableNames()
    {
        QCOMPARE(DetailPane::readableName(u"segmentGroupName"_s), u"Segment group name"_s);
        QCOMPARE(DetailPane::readableName(u"last_seen_time"_s), u"Last seen time"_s);
        QCOMPARE(DetailPane::readableName(u"natIP"_s), u"NAT IP"_s);
        QCOMPARE(DetailPane::readableName(u"id"_s), u"ID"_s);
        QCOMPARE(DetailPane::readableName(u"ecVMs"_s), u"EC VMs"_s);
        QCOMPARE(DetailPane::readableName(u"tcpPortRanges"_s), u"TCP port ranges"_s);
        QCOMPARE(DetailPane::readableName(u"HTTPServer"_s), u"HTTP server"_s);
        QCOMPARE(DetailPane::readableName(u"os_version"_s), u"OS version"_s);
    }

    void autoFieldsFromTopLevelMembers()
    {
        DetailPane pane;
        pane.setRecord(segment());
        QCOMPARE(pane.fieldText(u"Segment group name"_s), u"Finance"_s);
        QCOMPARE(pane.fieldText(u"ID"_s), u"72058304855015574"_s);
        QCOMPARE(pane.fieldText(u"Enabled"_s), u"Yes"_s);
        QCOMPARE(pane.fieldText(u"Domain names"_s), u"erp.example.com, *.fin.example.com"_s);
        QCOMPARE(pane.fieldText(u"Server groups"_s), u"SG East, SG West"_s);
        QCOMPARE(pane.fieldText(u"NAT IP"_s), u"198.51.100.7"_s);
        QCOMPARE(pane.fieldText(u"EC VMs"_s), u"3"_s);
        QCOMPARE(pane.fieldTexts().size(), segment().size());
        QCOMPARE(pane.fieldTexts().at(0).first, u"Name"_s);
        QCOMPARE(pane.fieldTexts().at(1).first, u"ID"_s);
    }

    void pageFields()
    {
        DetailPane pane;
        pane.setFields({
            {tr("Name"), [](const QJsonObject &o) { return o.value("name"_L1).toString(); }},
            {tr("Ports"),
             [](const QJsonObject &o) {
                 return DetailPane::valueText(o.value("tcpPortRanges"_L1));
             }},
            {tr("Description"),
             [](const QJsonObject &o) { return o.value("description"_L1).toString(); }},
            {tr("Microtenant"),
             [](const QJsonObject &o) { return o.value("microtenantName"_L1).toString(); }, true},
        });
        pane.setRecord(segment());
        const QList<QPair<QString, QString>> expected{{u"Name"_s, u"Finance apps"_s},
                                                      {u"Ports"_s, u"443, 443"_s},
                                                      {u"Microtenant"_s, QString()}};
        QCOMPARE(pane.fieldTexts(), expected);
    }

    void rawJsonIndentedReadOnlyAndCopied()
    {
        DetailPane pane;
        pane.setRecord(segment());
        const QString json = pane.rawJsonText();
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(), segment());
        QVERIFY(json.contains("\n    \"domainNames\""_L1)); // indented
        auto *editor = pane.findChild<QPlainTextEdit *>(u"detailPaneJson"_s);
        QVERIFY(editor);
        QVERIFY(editor->isReadOnly());
        // Shown in the system's fixed-width font, whichever font that is: the test checks what
        // the pane asks for, not what fonts the machine has (with fonts-noto-mono installed,
        // the font picked may not report fixedPitch()).
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        QCOMPARE(editor->font().family(), fixed.family());
        QCOMPARE(editor->font().pointSizeF(), fixed.pointSizeF());
        QCOMPARE(editor->font().styleHint(), fixed.styleHint());
        QVERIFY(editor->font().family() != pane.font().family() ||
                pane.font().family() == fixed.family());

        QGuiApplication::clipboard()->clear();
        QVERIFY(pane.copyJsonButton()->isEnabled());
        pane.copyJsonButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), json);
    }

    void emptyState()
    {
        DetailPane pane;
        pane.setEmptyText(u"Select a segment."_s);
        QVERIFY(pane.fieldTexts().isEmpty());
        QVERIFY(!pane.copyJsonButton()->isEnabled() || pane.rawJsonText().isEmpty());
        pane.setRecord(segment());
        QVERIFY(!pane.fieldTexts().isEmpty());
        pane.clear();
        QVERIFY(pane.fieldTexts().isEmpty());
        QVERIFY(pane.rawJsonText().isEmpty());
        QVERIFY(!pane.copyJsonButton()->isEnabled());
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"

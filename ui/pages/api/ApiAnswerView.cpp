// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiAnswerView.h"

#include "common/RecordExporter.h"
#include "dialogs/DialogSeams.h"
#include "widgets/NamedControl.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isNull())
        return u"null"_s;
    return RecordExporter::valueText(value);
}

} // namespace

ApiAnswerView::ApiAnswerView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = namedControl(new QLabel(tr("Send a request to see its answer here."), this),
                             u"apiAnswerSummary"_s, tr("Answer summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_export = namedControl(new QPushButton(tr("E&xport…"), this), u"apiExport"_s,
                            tr("Export the answer"));
    m_export->setToolTip(tr("Save the answer as JSON, or as CSV when it is a list of records."));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &ApiAnswerView::exportAnswer);

    m_tree = namedControl(new QTreeWidget(this), u"apiAnswerTree"_s, tr("Answer as a tree"));
    m_tree->setHeaderLabels({tr("Key"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 220);
    m_tree->setUniformRowHeights(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_raw = namedControl(new QPlainTextEdit(this), u"apiAnswerRaw"_s, tr("Answer as raw text"));
    m_raw->setReadOnly(true);
    m_raw->setFont(fixed);
    m_headers = namedControl(new QPlainTextEdit(this), u"apiAnswerHeaders"_s, tr("Answer headers"));
    m_headers->setReadOnly(true);
    m_headers->setFont(fixed);

    m_tabs = namedControl(new QTabWidget(this), u"apiAnswerTabs"_s, tr("Answer views"));
    m_tabs->addTab(m_tree, tr("&Tree"));
    m_tabs->addTab(m_raw, tr("Ra&w"));
    m_tabs->addTab(m_headers, tr("&Headers"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

void ApiAnswerView::clear()
{
    m_answer = {};
    m_tree->clear();
    m_raw->clear();
    m_headers->clear();
    m_export->setEnabled(false);
    m_summary->setText(tr("Send a request to see its answer here."));
}

void ApiAnswerView::addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value,
                             int *budget)
{
    if (--*budget < 0)
        return;
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        item->setText(1, tr("{%Ln member(s)}", nullptr, int(object.size())));
        for (auto it = object.begin(); it != object.end() && *budget > 0; ++it)
            addValue(item, it.key(), it.value(), budget);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, tr("[%Ln item(s)]", nullptr, int(array.size())));
        for (qsizetype i = 0; i < array.size() && *budget > 0; ++i)
            addValue(item, QString::number(i), array.at(i), budget);
    } else {
        item->setText(1, scalarText(value));
    }
}

void ApiAnswerView::showAnswer(const ApiAnswer &answer)
{
    m_answer = answer;
    const QLocale locale;
    QStringList parts;
    if (answer.pages > 0)
        parts << tr("%Ln page(s)", nullptr, answer.pages);
    else
        parts << tr("Status %1").arg(answer.status);
    parts << tr("%1 ms").arg(locale.toString(answer.elapsedMs));
    parts << locale.formattedDataSize(answer.body.size());
    if (!answer.requestId.isEmpty())
        parts << tr("request ID %1").arg(answer.requestId);
    m_summary->setText(parts.join(u" · "_s));

    m_tree->clear();
    int budget = kMaximumTreeItems;
    if (answer.json.isObject()) {
        const QJsonObject object = answer.json.object();
        for (auto it = object.begin(); it != object.end() && budget > 0; ++it)
            addValue(nullptr, it.key(), it.value(), &budget);
    } else if (answer.json.isArray()) {
        const QJsonArray array = answer.json.array();
        for (qsizetype i = 0; i < array.size() && budget > 0; ++i)
            addValue(nullptr, QString::number(i), array.at(i), &budget);
    }
    if (budget < 0)
        new QTreeWidgetItem(m_tree, {tr("…"), tr("The tree stops here; Raw shows everything.")});
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItemCount() <= 20)
        m_tree->expandToDepth(0);

    m_raw->setPlainText(answer.json.isNull()
                            ? QString::fromUtf8(answer.body)
                            : QString::fromUtf8(answer.json.toJson(QJsonDocument::Indented)));
    QStringList headers;
    for (const auto &[name, value] : answer.shownHeaders())
        headers << QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value);
    m_headers->setPlainText(headers.join(u'\n'));
    m_tabs->setCurrentWidget(answer.json.isNull() ? static_cast<QWidget *>(m_raw) : m_tree);
    m_export->setEnabled(!answer.json.isNull());
}

QJsonArray ApiAnswerView::exportRecords() const
{
    if (m_answer.isArrayOfObjects())
        return m_answer.json.array();
    if (m_answer.json.isObject())
        return QJsonArray{m_answer.json.object()};
    return {};
}

QString ApiAnswerView::exportAnswer()
{
    if (m_answer.json.isNull())
        return {};
    QString path = DialogSeams::instance()->getSaveFileName(
        this, tr("Export the answer"), u"api-answer.json"_s, tr("JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty())
        return {};
    QByteArray bytes;
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        bytes = m_answer.json.isArray() ? RecordExporter::json(m_answer.json.array())
                                        : RecordExporter::json(m_answer.json.object());
    } else {
        const QJsonArray records = exportRecords();
        if (records.isEmpty()) {
            DialogSeams::instance()->warning(this, tr("Export the answer"),
                                             tr("Only a list of records or a single object can "
                                                "be saved as CSV. Save it as JSON instead."));
            return {};
        }
        if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
            path += u".csv"_s;
        bytes = RecordExporter::csv(RecordExporter::grid(
            records, RecordExporter::plainColumns(records), RecordExporter::Header::Keys));
    }
    QString error;
    if (!RecordExporter::writeFile(path, bytes, &error)) {
        DialogSeams::instance()->warning(this, tr("Export the answer"), error);
        return {};
    }
    return path;
}

} // namespace zc

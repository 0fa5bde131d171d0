// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/ApiCallJob.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace zc {

// The answer half of the API explorer: a line with status, time, size and request ID, then
// the body as a JSON tree, as raw text, and the headers (never Authorization). Export writes
// the answer through RecordExporter: JSON as received, or CSV for an array of objects (an
// object makes one row).
class ApiAnswerView : public QWidget
{
    Q_OBJECT
public:
    // The tree shows this many values at most, so a huge answer cannot freeze the window; the
    // raw text holds everything.
    static constexpr int kMaximumTreeItems = 20000;

    explicit ApiAnswerView(QWidget *parent = nullptr);

    void showAnswer(const ApiAnswer &answer);
    void clear();
    const ApiAnswer &answer() const { return m_answer; }
    bool hasAnswer() const { return m_answer.status > 0; }
    // The records CSV would hold: the array of objects, or the object as one record; empty
    // when the answer is of another shape.
    QJsonArray exportRecords() const;

    // Asks for a file (DialogSeams) and writes the answer: JSON when the name ends in .json,
    // else CSV. Returns the path written, empty when cancelled or failed (a warning says why).
    QString exportAnswer();

    QLabel *summaryLabel() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QPlainTextEdit *headersView() const { return m_headers; }
    QPushButton *exportButton() const { return m_export; }

private:
    void addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value,
                  int *budget);

    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QPushButton *m_export = nullptr;
    ApiAnswer m_answer;
};

} // namespace zc

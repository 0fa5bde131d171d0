// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace zc {

// The detail pane next to a record table: the selected record as formatted "label: value"
// fields, and its raw JSON (indented, monospace, read-only) with a Copy button.
// Fields are either given by the page (setFields) or generated from the record's top-level
// members with readable names ("segmentGroupName" -> "Segment group name"; name, displayName
// and id first).
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    struct Field
    {
        QString label; // translated by the page
        std::function<QString(const QJsonObject &)> value;
        // A field whose value is empty is left out unless this is set.
        bool showWhenEmpty = false;
    };

    explicit DetailPane(QWidget *parent = nullptr);

    // The fields to show; empty (the default) generates them from the record.
    void setFields(QList<Field> fields);
    // Shown instead of the fields while no record is selected.
    void setEmptyText(const QString &text);
    // A widget of the page's own below the fields (a table of server groups, of networks...).
    // The pane takes ownership; setRecord() does not touch it.
    void setExtraWidget(QWidget *widget);

    QJsonObject record() const { return m_record; }
    // The fields as shown, in order (label, value): for tests and for copying.
    QList<QPair<QString, QString>> fieldTexts() const { return m_fieldTexts; }
    QString fieldText(const QString &label) const;
    QString rawJsonText() const;
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *copyJsonButton() const { return m_copyJson; }

    // "segmentGroupName", "last_seen_time", "natIP" -> "Segment group name", "Last seen time",
    // "NAT IP"; common acronyms (ID, IP, URL, OS, TCP, UDP, DNS, ZIA...) stay upper-case.
    static QString readableName(const QString &key);
    // A member's value as one line of text: strings as they are, booleans Yes/No, arrays
    // joined with ", " (objects by their name), other objects by name or as compact JSON.
    static QString valueText(const QJsonValue &value);

public Q_SLOTS:
    void setRecord(const QJsonObject &record);
    void clear();
    // Copies the raw JSON to the clipboard (not sensitive).
    void copyJson();

private:
    void rebuildFields();

    QList<Field> m_fields;
    QJsonObject m_record;
    QList<QPair<QString, QString>> m_fieldTexts;
    QString m_emptyText;
    QTabWidget *m_tabs;
    QWidget *m_formHost;
    QFormLayout *m_form;
    QVBoxLayout *m_fieldsLayout;
    QLabel *m_empty;
    QWidget *m_extra = nullptr;
    QPlainTextEdit *m_json;
    QPushButton *m_copyJson;
};

} // namespace zc

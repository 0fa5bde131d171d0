// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/ApiCall.h"
#include "oneapi/ConnectionSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace zc {

// The request half of the API explorer: product, method, path (with its placeholders shown
// filled in from the connection settings), a table of query items, a JSON body checked as it
// is typed (with the line and column of a mistake) and formatted on request, and "all pages".
// Choosing a product puts its base path in the path; typing a path selects its product.
class ApiRequestForm : public QWidget
{
    Q_OBJECT
public:
    explicit ApiRequestForm(QWidget *parent = nullptr);

    ApiCall call() const;
    void setCall(const ApiCall &call);
    // The settings the placeholders are filled in from (none: shown as they are).
    void setSettings(const ConnectionSettings &settings);

    // Why the call cannot be sent now (a translated sentence), or empty.
    QString problem() const;
    bool bodyIsValid() const { return m_bodyValid; }

    QComboBox *productBox() const { return m_product; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *resolvedLabel() const { return m_resolved; }
    QTableWidget *queryTable() const { return m_query; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *bodyStatusLabel() const { return m_bodyStatus; }
    QPushButton *formatButton() const { return m_format; }
    QCheckBox *allPagesBox() const { return m_allPages; }

public Q_SLOTS:
    // Indents the body when it is valid JSON.
    void formatBody();
    void addQueryRow(const QString &key = {}, const QString &value = {});
    void removeQueryRow();

Q_SIGNALS:
    void changed();

private:
    void onProductChosen(int index);
    void onPathEdited();
    void validateBody();
    void updateState();

    QComboBox *m_product = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_resolved = nullptr;
    QTableWidget *m_query = nullptr;
    QPushButton *m_addQuery = nullptr;
    QPushButton *m_removeQuery = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_bodyStatus = nullptr;
    QPushButton *m_format = nullptr;
    QCheckBox *m_allPages = nullptr;
    ConnectionSettings m_settings;
    bool m_haveSettings = false;
    bool m_bodyValid = true;
};

} // namespace zc

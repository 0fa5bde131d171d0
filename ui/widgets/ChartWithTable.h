// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace zc {

class RecordTableView;

// A picture and the table of the same data, one click apart: a header with a sentence that
// says what stands out, "Chart" and "Table" buttons, and Export… (the picture as PNG, the
// table's rows as CSV or JSON, through chartexport). Subclasses put their chart in with
// setChart() and fill the table's model.
class ChartWithTable : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWithTable(QWidget *parent = nullptr);

    // The chart page (owned from now on) and how to draw it as an image at a device pixel
    // ratio, for the PNG export.
    void setChart(QWidget *chart, std::function<QImage(qreal)> render);
    QImage chartImage(qreal devicePixelRatio = 2.0) const;

    RecordTableView *table() const { return m_table; }
    QLabel *headline() const { return m_headline; }
    QToolButton *chartButton() const { return m_chartButton; }
    QToolButton *tableButton() const { return m_tableButton; }
    QToolButton *exportButton() const { return m_exportButton; }

    bool isTableShown() const;
    void showTable(bool table);

    // The file name exports suggest, without extension ("deep-trace-1001-web-probe").
    void setExportName(const QString &name) { m_exportName = name; }
    QString exportName() const { return m_exportName; }

public Q_SLOTS:
    // Asks for a file and writes the picture or the data; false when cancelled or failed.
    bool exportResult();

Q_SIGNALS:
    void exported(const QString &path);

protected:
    void setHeadline(const QString &text);

private:
    QLabel *m_headline;
    QToolButton *m_chartButton;
    QToolButton *m_tableButton;
    QToolButton *m_exportButton;
    QStackedWidget *m_stack;
    RecordTableView *m_table;
    QWidget *m_chart = nullptr;
    std::function<QImage(qreal)> m_render;
    QString m_exportName;
};

} // namespace zc

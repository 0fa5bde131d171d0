// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/zia/UrlLineCheck.h"

#include <QHash>
#include <QPlainTextEdit>

namespace zc {

// The URL lookup's input: one URL per line, with a gutter of line numbers that marks the
// lines a lookup will not send (red: empty or too long) or skip (amber: duplicate). Marked
// lines are also tinted in the text, and hovering either shows what is wrong.
class UrlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit UrlEditor(QWidget *parent = nullptr);

    QStringList lines() const;
    void setIssues(const QList<UrlLineIssue> &issues);
    // The tooltip of a 0-based line: its message and explanation; empty when the line is fine.
    QString issueText(int line) const;
    bool hasIssue(int line) const { return m_issues.contains(line); }
    // Moves the cursor to the start of a 0-based line, shows it and focuses the editor.
    void goToLine(int line);

    QWidget *gutter() const { return m_gutter; }
    int gutterWidth() const;
    // For the gutter: paints the line numbers and markers of the visible blocks.
    void paintGutter(QPaintEvent *event);
    // For the gutter: the 0-based line at a y position of the viewport, -1 when none.
    int lineAt(int y) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);

    QWidget *m_gutter;
    QHash<int, UrlLineIssue> m_issues; // key: 0-based line
};

} // namespace zc

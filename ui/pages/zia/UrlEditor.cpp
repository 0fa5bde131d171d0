// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UrlEditor.h"

#include "widgets/Tone.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// An error line is marked in the error tone, a duplicate in the warning tone.
Tone issueTone(const UrlLineIssue &issue)
{
    return issue.isError() ? Tone::Error : Tone::Warning;
}

class Gutter : public QWidget
{
public:
    explicit Gutter(UrlEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(u"urlEditorGutter"_s);
    }

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString text = m_editor->issueText(m_editor->lineAt(help->pos().y()));
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    UrlEditor *m_editor;
};

} // namespace

UrlEditor::UrlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setObjectName(u"urlEditor"_s);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &UrlEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &UrlEditor::updateGutter);
    updateGutterWidth();
}

QStringList UrlEditor::lines() const
{
    QStringList result;
    result.reserve(blockCount());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        result.append(block.text());
    return result;
}

void UrlEditor::setIssues(const QList<UrlLineIssue> &issues)
{
    m_issues.clear();
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(issues.size());
    for (const UrlLineIssue &issue : issues) {
        m_issues.insert(issue.line, issue);
        const QTextBlock block = document()->findBlockByNumber(issue.line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(toneBackground(issueTone(issue), palette()));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.format.setToolTip(issueText(issue.line));
        selections.append(selection);
    }
    setExtraSelections(selections);
    m_gutter->update();
}

QString UrlEditor::issueText(int line) const
{
    const auto it = m_issues.constFind(line);
    if (it == m_issues.constEnd())
        return {};
    return it->message() + u'\n' + it->explanation();
}

void UrlEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int UrlEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    return 14 + fontMetrics().horizontalAdvance(u'9') * digits + 8;
}

int UrlEditor::lineAt(int y) const
{
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (y >= top && y < bottom)
            return block.blockNumber();
        if (top > y)
            break;
        top = bottom;
        block = block.next();
    }
    return -1;
}

void UrlEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setFont(font());
    const int width = m_gutter->width();
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber();
            const auto it = m_issues.constFind(number);
            const int y = qRound(top);
            if (it != m_issues.constEnd()) {
                const QColor mark = toneColor(issueTone(*it), palette());
                painter.setRenderHint(QPainter::Antialiasing, true);
                painter.setPen(Qt::NoPen);
                painter.setBrush(mark);
                const int diameter = std::min(8, lineHeight - 4);
                painter.drawEllipse(QRect(4, y + (lineHeight - diameter) / 2, diameter, diameter));
                painter.setRenderHint(QPainter::Antialiasing, false);
                painter.setPen(mark);
            } else {
                painter.setPen(palette().color(QPalette::PlaceholderText));
            }
            painter.drawText(QRect(0, y, width - 6, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(number + 1));
        }
        top += height;
        block = block.next();
    }
}

void UrlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), gutterWidth(), contents.height()));
}

bool UrlEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = issueText(cursorForPosition(help->pos()).blockNumber());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void UrlEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), gutterWidth(), contents.height()));
}

void UrlEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

} // namespace zc

// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeferredIconStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QLibraryInfo>
#include <QPainter>
#include <QPointer>
#include <QVersionNumber>
#include <QWidget>

namespace zc {

namespace {

// Stands for a standard icon until it is first used, then forwards everything to the icon the
// style makes. When the style has gone by then (QApplication::setStyle deletes the previous
// one), the application's current style makes it.
class DeferredIconEngine final : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap standardIcon, const QWidget *widget)
        : m_style(style)
        , m_widget(const_cast<QWidget *>(widget)) // QPointer holds no const object in Qt 6.4
        , m_standardIcon(standardIcon)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    // A size in device pixels: the icon's own engine is asked for it at a scale of 1.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        // QIcon::pixmap() passed the size in device pixels before Qt 6.8, in logical pixels
        // since (its documentation says so). The Qt this runs on decides, not the one it was
        // built with.
        static const bool deviceSize = QLibraryInfo::version() < QVersionNumber(6, 8);
        const QSize logical = deviceSize && scale > 0 ? (QSizeF(size) / scale).toSize() : size;
        return icon().pixmap(logical, scale, mode, state);
    }
    void addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state) override
    {
        icon().addPixmap(pixmap, mode, state);
    }
    void addFile(const QString &fileName, const QSize &size, QIcon::Mode mode,
                 QIcon::State state) override
    {
        icon().addFile(fileName, size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return icon().name(); }
    bool isNull() override { return icon().isNull(); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    QIcon &icon()
    {
        if (!m_made) {
            m_made = true;
            const QStyle *style = m_style ? m_style.data() : QApplication::style();
            m_icon = style->standardIcon(m_standardIcon, nullptr, m_widget.data());
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QPointer<QWidget> m_widget; // only handed back to the style, as const
    QStyle::StandardPixmap m_standardIcon;
    bool m_made = false;
    QIcon m_icon;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(const QString &key)
    : QProxyStyle(key)
{}

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{}

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    if (option)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    return QIcon(new DeferredIconEngine(baseStyle(), standardIcon, widget));
}

} // namespace zc

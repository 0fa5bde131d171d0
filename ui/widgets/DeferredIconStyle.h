// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProxyStyle>

namespace zc {

// The application's style: the one Qt would use (the platform's, or the one named by -style
// or QT_STYLE_OVERRIDE), whose standard icons are made when first drawn or measured rather than
// when asked for.
//
// Why: Fusion and Qt's common style read their standard icons from PNG files, and Qt's first
// image read loads every image-format plugin installed, to ask each whether it reads PNG
// (plugins come before the built-in readers). QMenuBar asks for its overflow button's icon in
// its constructor, so that load fell before the main window's first paint: about 1 ms on a bare
// machine, more on a desktop with more plugins. The button is shown only when the menus do not
// fit; its icon, and every other standard icon, now costs nothing until it is drawn.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // The style named `key` (QStyleFactory), or the platform's default when it is empty.
    explicit DeferredIconStyle(const QString &key = {});
    // Takes ownership of `base` (QProxyStyle's rule).
    explicit DeferredIconStyle(QStyle *base);

    // An icon that asks the base style when it is first used. With a style option (which
    // cannot be kept), the base style is asked at once.
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace zc

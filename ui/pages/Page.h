// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/Area.h"

#include <QVariantMap>
#include <QWidget>

namespace zc {

class Session;

// The base of every area's view. A page talks to the tenant through the Session's ApiClient,
// which changes when the user switches profile: pages rebuild their services on
// Session::started and drop them on Session::ended. F5 calls refresh(); another page can hand
// it work through navigate() (e.g. "open the deep traces of this device").
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(Area area, Session *session, QWidget *parent = nullptr);

    Area area() const { return m_area; }
    Session *session() const { return m_session; }

    // F5: load again from the tenant.
    virtual void refresh() {}
    // Arguments another page sent with navigate(); keys are documented by the receiving page.
    virtual void handleNavigation(const QVariantMap &arguments) { Q_UNUSED(arguments) }

Q_SIGNALS:
    // Ask the main window to show another area and hand it these arguments.
    void navigate(zc::Area area, const QVariantMap &arguments);

private:
    Area m_area;
    Session *m_session;
};

} // namespace zc

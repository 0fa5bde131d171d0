// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every view test needs: the simulator on a free port (SimFixture), a Session signed in
// to it, a private QSettings file, and screenshots written for review.

#include "Session.h"
#include "SimFixture.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class QImage;
class QPalette;
class QWidget;

namespace zc::test {

class ViewFixture
{
public:
    explicit ViewFixture(const sim::SimOptions &options = {});
    ~ViewFixture();

    // Starts the simulator and signs the session in with the secret client. False on failure.
    bool start(QString *error = nullptr);

    SimFixture &sim() { return m_sim; }
    sim::SimServer &server() { return m_sim.server(); }
    Session &session() { return *m_session; }
    ApiClient *client() const { return m_session->client(); }
    // A QSettings on a private INI file; also installed as the default format/path so
    // widgets that use a plain QSettings land there too.
    QSettings &settings() { return *m_settings; }

private:
    SimFixture m_sim;
    std::unique_ptr<Session> m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

// Saves widget->grab() as $ZCONSOLE_BUILD_DIR/screenshots/<name>.png (or the current folder).
// Returns the path, empty on failure.
QString saveScreenshot(QWidget *widget, const QString &name);
// The same for an image already rendered (at a device pixel ratio of 2, say).
QString saveScreenshot(const QImage &image, const QString &name);
// Renders the widget and its children at a device pixel ratio (2: how it looks at 200 %).
QImage renderAt(QWidget *widget, qreal devicePixelRatio);

// Waits (the event loop running) until every busy bar of the widget is hidden: its loads have
// landed. False on time-out.
bool waitUntilIdle(QWidget *widget, int timeoutMs = 20000);
// A page as a user sees it once they have started: refreshed and loaded, the helpdesk pages'
// user (bbb@bbc.com, in the simulator and the demo tenant) looked up, and the first row of its
// first table or tree selected so that the details show. False when a load did not land.
bool loadLikeAUser(QWidget *page);

// Fusion's light palette, the light mode the palette checks compare with.
QPalette lightPalette();
// A dark palette like the platforms' dark modes, for checking that views follow the palette.
QPalette darkPalette();
// Data rows "light 1x", "light 2x", "dark 1x", "dark 2x" with columns bool "dark" and qreal
// "scale", for a test that looks at a view in both palettes at 100 % and 200 %.
void addPaletteAndScaleRows();
// "light-1x", "dark-2x"... for a screenshot's name.
QString paletteAndScaleName(bool dark, qreal scale);

} // namespace zc::test

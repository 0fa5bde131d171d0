// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace zc::sim {

// The simulator's notion of "now" for things that take minutes on a real tenant (deep traces):
// epoch milliseconds that start at the wall clock and then run `scale` times faster. Changing
// the scale keeps simulated time continuous (it never jumps back).
class SimClock
{
public:
    SimClock();

    double scale() const { return m_scale; }
    // Positive; anything else is ignored.
    void setScale(double scale);

    qint64 nowMs() const;
    qint64 nowSecs() const { return nowMs() / 1000; }
    // Simulated milliseconds from now until `simMs`, in wall-clock milliseconds (>= 0).
    qint64 wallMsUntil(qint64 simMs) const;

private:
    QElapsedTimer m_wall;
    qint64 m_baseSimMs = 0;  // simulated time at m_baseWallMs
    qint64 m_baseWallMs = 0; // m_wall.elapsed() when the scale last changed
    double m_scale = 1.0;
};

} // namespace zc::sim

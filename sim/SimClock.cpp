// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SimClock.h"

#include <QDateTime>

#include <cmath>

namespace zc::sim {

SimClock::SimClock()
    : m_baseSimMs(QDateTime::currentMSecsSinceEpoch())
{
    m_wall.start();
}

void SimClock::setScale(double scale)
{
    if (!(scale > 0) || !std::isfinite(scale))
        return;
    m_baseSimMs = nowMs();
    m_baseWallMs = m_wall.elapsed();
    m_scale = scale;
}

qint64 SimClock::nowMs() const
{
    const double wall = static_cast<double>(m_wall.elapsed() - m_baseWallMs);
    return m_baseSimMs + static_cast<qint64>(std::floor(wall * m_scale));
}

qint64 SimClock::wallMsUntil(qint64 simMs) const
{
    const qint64 ahead = simMs - nowMs();
    if (ahead <= 0)
        return 0;
    return static_cast<qint64>(std::ceil(static_cast<double>(ahead) / m_scale));
}

} // namespace zc::sim

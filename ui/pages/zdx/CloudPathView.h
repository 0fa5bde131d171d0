// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/ChartWithTable.h"

class QComboBox;

namespace zc {

class CloudPathDiagram;
class CloudPathModel;
class TimeSeriesChart;

// A deep trace's cloud path: the diagram of its legs and hops (CloudPathDiagram) for the
// whole trace or one sample (the Sample box), each leg's latency and loss over the trace below
// it, and the hops as a table one click away. The headline names what stands out. Follows the
// model (not owned).
class CloudPathView : public ChartWithTable
{
    Q_OBJECT
public:
    explicit CloudPathView(CloudPathModel *model, QWidget *parent = nullptr);

    CloudPathDiagram *diagram() const { return m_diagram; }
    TimeSeriesChart *legChart() const { return m_legChart; }
    QComboBox *sampleBox() const { return m_samples; }
    // The diagram above the legs' chart, as one picture.
    QImage picture(qreal devicePixelRatio) const;

private:
    void rebuild();
    void updateHeadline();

    CloudPathModel *m_model;
    QComboBox *m_samples;
    CloudPathDiagram *m_diagram;
    TimeSeriesChart *m_legChart;
};

} // namespace zc

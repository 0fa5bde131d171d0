#include "SimLog.h"

namespace zc::sim {

Q_LOGGING_CATEGORY(lcSim, "zconsole.sim", QtInfoMsg)

} // namespace zc::sim

#pragma once

#include "Area.h"

class QWidget;

namespace zc {

class Session;

// Builds the view of one area: a Page subclass where the view exists, the placeholder
// otherwise. One case per area, so each view is registered in one line.
QWidget *createPage(Area area, Session *session, QWidget *parent);

} // namespace zc

// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "AppIcon.h"

using namespace Qt::Literals::StringLiterals;

// The images are compiled into this static library: register them before the first use,
// since nothing else would pull their initialiser in at link time. (Outside the namespace, as
// Q_INIT_RESOURCE requires.)
static void initApplicationResources()
{
    Q_INIT_RESOURCE(zconsole);
}

namespace zc {

QList<int> applicationIconSizes()
{
    return {16, 22, 24, 32, 48, 64, 128, 256, 512};
}

QIcon applicationIcon()
{
    static const bool registered = (initApplicationResources(), true);
    Q_UNUSED(registered)
    QIcon icon;
    for (const int size : applicationIconSizes())
        icon.addFile(u":/icons/zconsole-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace zc

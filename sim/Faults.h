// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "SimTypes.h"

#include <QList>

#include <optional>

namespace zc::sim {

// Injected misbehaviours, consumed by matching API requests in the order they were added.
class Faults
{
public:
    void add(const SimFault &fault);
    void clear() { m_faults.clear(); }
    QList<SimFault> pending() const { return m_faults; }

    // The first fault matching this request, its count decremented (removed at zero).
    // EditLock only matches writes (not GET or HEAD).
    std::optional<SimFault> take(Product product, const QByteArray &method);
    // The first fault for the token endpoint (SimFault::signIn), its count decremented.
    std::optional<SimFault> takeSignIn();

    // The answer of a fault that replaces the normal one (all kinds but Delay, Drop,
    // Truncate and the hostile paging ones, which modify the normal answer).
    static HttpResponse response(const SimFault &fault, Product product, const QByteArray &method);

    // "editLock" <-> Kind::EditLock, as the control endpoint and the command line spell it.
    static QString kindKey(SimFault::Kind kind);
    static bool parseKind(const QString &text, SimFault::Kind *kind);

private:
    SimFault takeAt(qsizetype index);

    QList<SimFault> m_faults;
};

} // namespace zc::sim

#include "design/DesignCommand.h"

#include <QDateTime>

namespace hookmail {

DesignCommand::DesignCommand(const QString &text, DesignSnapshot before, DesignSnapshot after,
                             QString mergeKey, int barrier, Apply apply)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(std::move(mergeKey)), m_barrier(barrier), m_lastEdit(QDateTime::currentMSecsSinceEpoch()),
      m_apply(std::move(apply))
{}

void DesignCommand::undo()
{
    m_apply(m_before);
}

void DesignCommand::redo()
{
    if (m_shown) {
        m_shown = false;
        return;
    }
    m_apply(m_after);
}

int DesignCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool DesignCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DesignCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_barrier != m_barrier ||
        next->m_lastEdit - m_lastEdit > kMergePauseMs)
        return false;
    m_after = next->m_after;
    m_lastEdit = next->m_lastEdit;
    // Typed and then deleted again: nothing left to undo.
    setObsolete(m_before.design == m_after.design && m_before.theme == m_after.theme);
    return true;
}

} // namespace hookmail

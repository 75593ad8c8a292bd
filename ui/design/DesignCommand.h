#pragma once

#include "core/design/EmailDesign.h"

#include <QUndoCommand>
#include <functional>

namespace hookmail {

// What one undo step restores: the design, the project's theme and the selected block.
struct DesignSnapshot
{
    EmailDesign design;
    Theme theme;
    QString selectedBlockId;
};

// One step on DesignPane's undo stack: before/after snapshots. The change is already shown when the command
// is pushed, so the first redo() does nothing; later undo()/redo() hand the snapshot to `apply`. Typing
// merges: consecutive commands with the same non-empty merge key ("b3/line") and the same `barrier` (the
// pane bumps it when the focus moves) merge unless more than kMergePauseMs passed between them.
class DesignCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const DesignSnapshot &)>;
    static constexpr qint64 kMergePauseMs = 1500;

    DesignCommand(const QString &text, DesignSnapshot before, DesignSnapshot after, QString mergeKey,
                  int barrier, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const DesignSnapshot &before() const { return m_before; }
    const DesignSnapshot &after() const { return m_after; }

private:
    DesignSnapshot m_before;
    DesignSnapshot m_after;
    QString m_mergeKey;
    int m_barrier;
    qint64 m_lastEdit;
    Apply m_apply;
    bool m_shown = true; // the after state is on screen already
};

} // namespace hookmail

#include "EvaluationTypes.h"

namespace hookmail {

QString evaluationKindName(EvaluationError::Kind kind)
{
    switch (kind) {
    case EvaluationError::Kind::Syntax:
        return QStringLiteral("syntax");
    case EvaluationError::Kind::Runtime:
        return QStringLiteral("runtime");
    case EvaluationError::Kind::Limit:
        return QStringLiteral("limit");
    case EvaluationError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case EvaluationError::Kind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace hookmail

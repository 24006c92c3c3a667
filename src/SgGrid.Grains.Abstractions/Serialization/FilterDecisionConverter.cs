using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="FilterDecision"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class FilterDecisionConverter : IConverter<FilterDecision, FilterDecisionSurrogate>
{
    public FilterDecision ConvertFromSurrogate(in FilterDecisionSurrogate surrogate) =>
        new(surrogate.Allowed, surrogate.Reason, surrogate.Index);

    public FilterDecisionSurrogate ConvertToSurrogate(in FilterDecision value) =>
        new() { Allowed = value.Allowed, Reason = value.Reason, Index = value.Index };
}

using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="EcsError"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class EcsErrorConverter : IConverter<EcsError, EcsErrorSurrogate>
{
    public EcsError ConvertFromSurrogate(in EcsErrorSurrogate surrogate) =>
        new(surrogate.Code, surrogate.Message, surrogate.Index);

    public EcsErrorSurrogate ConvertToSurrogate(in EcsError value) =>
        new() { Code = value.Code, Message = value.Message, Index = value.Index };
}

namespace SgGrid.Grains.Abstractions.Instances;

/// <summary>ModifyInstanceAttribute's changes of the instance itself; a null field stays as it is.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.InstanceAttributeChange")]
public sealed record InstanceAttributeChange
{
    [Id(0)] public string? Name { get; init; }
    [Id(1)] public string? Description { get; init; }
    [Id(2)] public string? HostName { get; init; }
    [Id(3)] public bool? DeletionProtection { get; init; }
}

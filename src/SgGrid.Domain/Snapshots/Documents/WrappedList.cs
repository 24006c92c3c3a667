namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>
/// A list as ECS and VPC answers wrap it: <c>"Vpcs": {"Vpc": [...]}</c>, <c>"Tags": {"Tag": [...]}</c>. <see cref="Name"/> is
/// the inner property's name as the document spells it (kept for paths in problems and for writing the list back).
/// </summary>
public sealed record WrappedList<T>(string Name, IReadOnlyList<T> Items);

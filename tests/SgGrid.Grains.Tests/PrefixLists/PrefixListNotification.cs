using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Tests.PrefixLists;

/// <summary>One call a <see cref="RecordingPrefixListUserGrain"/> received.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.tests.PrefixListNotification")]
public sealed record PrefixListNotification(
    [property: Id(0)] string PrefixListId,
    [property: Id(1)] AddressSet Entries,
    [property: Id(2)] bool WaitForConvergence);

using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Common;

/// <summary>Helpers shared by the region's resource grains.</summary>
internal static class OwnerState
{
    /// <summary>Whether a resource stored with this account and region is visible to <paramref name="caller"/>.</summary>
    public static bool IsVisibleTo(bool exists, string accountId, string regionId, ResourceOwner caller) =>
        exists && caller is not null &&
        string.Equals(accountId, caller.AccountId, StringComparison.Ordinal) &&
        string.Equals(regionId, caller.RegionId, StringComparison.Ordinal);

    public static bool TagsEqual(IReadOnlyDictionary<string, string> left, IReadOnlyDictionary<string, string> right) =>
        left.Count == right.Count && left.All(pair => right.TryGetValue(pair.Key, out var value) && value == pair.Value);
}

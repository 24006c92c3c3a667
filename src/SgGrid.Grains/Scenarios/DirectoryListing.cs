using SgGrid.Grains.Abstractions.Directories;

namespace SgGrid.Grains.Scenarios;

/// <summary>Every summary a directory query matches, across all its pages.</summary>
internal static class DirectoryListing
{
    public static async Task<List<ResourceSummary>> AllAsync(IAccountRegionDirectoryGrain directory, ResourceQuery query)
    {
        var all = new List<ResourceSummary>();
        string? token = null;
        do
        {
            var page = await directory.ListAsync(query with { MaxResults = ResourceQuery.MaxPageSize, NextToken = token, PageNumber = null, PageSize = null });
            all.AddRange(page.Items);
            token = string.IsNullOrEmpty(page.NextToken) || page.Items.IsEmpty ? null : page.NextToken;
        }
        while (token is not null);
        return all;
    }
}

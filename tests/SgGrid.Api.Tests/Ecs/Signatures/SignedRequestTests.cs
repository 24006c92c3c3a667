using System.Text;
using Microsoft.AspNetCore.Http;
using SgGrid.Api.Ecs.Signatures;

namespace SgGrid.Api.Tests.Ecs.Signatures;

public class SignedRequestTests
{
    [Fact]
    public async Task FromHttpRequestAsync_WorkedExample_Verifies()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/";
        context.Request.QueryString = new QueryString("?" + WorkedExample.WireQuery);
        foreach (var header in WorkedExample.Headers())
        {
            context.Request.Headers[header.Key] = header.Value;
        }

        context.Request.Body = new MemoryStream();

        var request = await SignedRequest.FromHttpRequestAsync(context.Request);

        Assert.True(new Acs3SignatureVerifier(WorkedExample.Secrets).Verify(request).IsValid);
        Assert.Equal("web sg *(1)! ~ü", request.QueryParameters[0].Value);
    }

    [Fact]
    public async Task FromHttpRequestAsync_Body_KeptAndStillReadable()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "post";
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Body = new MemoryStream("VpcId=vpc-1&CidrBlock=10.0.0.0%2F8"u8.ToArray());

        var request = await SignedRequest.FromHttpRequestAsync(context.Request);

        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.Path);
        Assert.Equal("VpcId=vpc-1&CidrBlock=10.0.0.0%2F8", Encoding.UTF8.GetString(request.Body.Span));
        Assert.Equal([new("VpcId", "vpc-1"), new("CidrBlock", "10.0.0.0/8")], request.GetFormParameters());
        using var reader = new StreamReader(context.Request.Body);
        Assert.Equal("VpcId=vpc-1&CidrBlock=10.0.0.0%2F8", await reader.ReadToEndAsync());
    }
}

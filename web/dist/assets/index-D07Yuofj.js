var e,t,n,r,i,a,o,s,c,l,u=Symbol.for(`pv`),d={},f=[],p=/^m(i|n|o|s|text|space)$/,m=Array.isArray,h=f.slice,g=Object.assign;function _(e){e&&e.parentNode&&e.remove()}function v(n,r,i,a,o){var s={type:n,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:u,__v:o||++t,__i:-1,__u:0};return!o&&e.vnode&&e.vnode(s),s}function y(e){return e.children}function b(e,t){this.props=e,this.context=t,this.__g=0}function x(e,t){if(t==null)return e.__&&x(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!=`function`||e.props.__P?null:x(e)}function S(t){var n,r=t.__v,i=r.__e,a=[],o=[],s=t.__P;s&&((n=g({constructor:u},r)).__v=r.__v+1,e.vnode&&e.vnode(n),ie(s,n,r,t.__n,s.namespaceURI,32&r.__u?[i]:null,a,i||x(r),32&r.__u,o),n.__v=r.__v,n.__.__k[n.__i]=n,se(a,n,o),r.__=r.__e=null,n.__e!=i&&C(n))}function C(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),C(e)}function w(t){(8&t.__g||(t.__g|=8,n.push(t),i++))&&r==e.debounceRendering||((r=e.debounceRendering)||queueMicrotask)(T)}function T(){try{for(var e,t=1;n.length;)n.length>t&&n.sort(a),e=n.shift(),t=n.length,8&e.__g&&S(e)}finally{(i=n.length)&&(r||queueMicrotask)(T)}}function ee(e,t,n,r,i,a,o,s,c,l,u){var p,m,h,g,_,v,y=r.__k||f,b=t.length;for(c=E(n,t,y,c,b),p=0;p<b;p++)(h=n.__k[p])!=null&&(m=~h.__i&&y[h.__i]||d,h.__i=p,v=ie(e,h,m,i,a,o,s,c,l,u),g=h.__e,(m.ref!=h.ref||8&m.__u)&&(m.ref&&le(m.ref,null,h,m),h.ref&&u.push(h.ref,h.__c||g,h)),_||=g,4&h.__u?(c=D(h,c,e,!m.__v),m.__e&&(m.__e=null)):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-21);return n.__e=_,c}function E(e,t,n,r,i){var a,o,s,c,l,d,f,p,h,g=n.length,_=g,b=0,S=0,C=e.__k=Array(i);for(a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o!=`object`||o.constructor===String?o=C[a]=v(null,o):m(o)?o=C[a]=v(y,{children:o}):o.constructor===u&&o.__b?o=C[a]=v(o.type,o.props,o.key,o.ref,o.__v):C[a]=o,c=a+b,o.__=e,o.__b=e.__b+1,s=null,~(l=o.__i=te(o,n,c,_))&&(_--,(s=n[l])&&(s.__u|=2)),s&&s.__v?(o.__u|=16,l==c-1?b--:l==c+1?b++:l!=c&&(l>c?b--:b++,S=1)):(~l||(i>g?b--:i<g&&b++),typeof o.type!=`function`&&(o.__u|=4))):C[a]=null;if(S){for(d=[],f=[],a=0;a<i;a++)if((o=C[a])&&16&o.__u){for(b=0,p=d.length;b<p;)d[h=b+p>>1]<o.__i?b=h+1:p=h;d[b]=o.__i,f[a]=b+1}for(b=d.length;a--;)f[a]&&(f[a]==b?b--:C[a].__u|=4)}if(_)for(a=0;a<g;a++)!(s=n[a])||2&s.__u||(s.__e==r&&(r=x(s)),ue(s,s));return r}function D(e,t,n,r){var i,a,o,s;if(typeof e.type==`function`){if(e.props.__P)return t;if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&(i[a].__=e,t=D(i[a],t,n,!1));return t}for(t&&!t.parentNode&&(t=x(e))&&!t.parentNode&&(t=null),o=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(o!=s&&(!r&&n.moveBefore&&o.parentNode?n.moveBefore(o,t):n.insertBefore(o,t||null)),t=o;(t&&=t.nextSibling)&&t.nodeType==8&&!t.data.startsWith(`$s`););return t}function te(e,t,n,r){var i,a=e.key,o=e.type,s=t[n],c=s&&!(2&s.__u);if(s===null&&a==null||c&&a==s.key&&o==s.type)return n;if(r>+!!c){for(i=n-1;i>=0;i--)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i;for(i=n+1;i<t.length;i++)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i}return-1}function O(e,t,n){n??=``,t[0]==`-`?e.setProperty(t,n):e[t]=n}function ne(e,t,n,r,i){var a,o;if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||O(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||O(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)typeof n!=`function`&&(n=null),typeof r!=`function`&&(r=null),(e.__e||={})[t]=n,n&&r||(o=l[t]||(l[t]=re(t)),(e.__a||={})[t]=c,a=t!=(t=t.replace(s,`$1`)),(t=t.slice(2))[0]<`a`&&(t=t.toLowerCase()),n?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;return}catch{}if(typeof n==`function`)return;n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n)}}function re(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[o]==null)n[o]=c++;else if(n[o]<this.__a[t])return;return r(e.event?e.event(n):n)}}}function ie(t,n,r,i,a,o,s,c,l,d){var p,h,v,S,C,w,T,E,D,te,O,ne,re,ie,se,le,fe,k,A=n.type;if(n.constructor!==u)return null;128&r.__u&&(l=32&r.__u,p=r.__c.__z)&&(n.__u|=l,h=o=[],p.nodeType==8?c=ae(p,o):o.push(p),c=o[0]||c),(p=e.__b)&&p(n);e:if(typeof A==`function`){v=s.length;try{if(E=n.props,D=(p=A.prototype)&&p.render,te=(p=A.contextType)&&i[p.__c],O=p?te?te.props.value:p.__:i,(S=r.__c)?(n.__c=S,2&S.__g&&(S.__g|=1)):(D?n.__c=S=new A(E,O):(n.__c=S=new b(E,O),S.constructor=A,S.render=de),te&&te.sub(S),S.state||(S.state={}),S.__n=i,S.__g|=8,S.__h=[],S.__k=[]),D&&(S.__s||(S.__s=S.state),A.getDerivedStateFromProps&&(S.__s==S.state&&(S.__s=g({},S.__s)),g(S.__s,A.getDerivedStateFromProps(E,S.__s)))),C=S.props,w=S.state,S.__v=n,r.__c){if(E!==C&&D&&!A.getDerivedStateFromProps&&S.componentWillReceiveProps&&S.componentWillReceiveProps(E,O),n.__v==r.__v&&!(8&S.__g)||!(4&S.__g)&&S.shouldComponentUpdate&&!1===S.shouldComponentUpdate(E,S.__s,O)){n.__v!=r.__v&&(S.props=E,S.state=S.__s,S.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),f.push.apply(S.__h,S.__k),S.__k=[],S.__h.length&&s.push(S),c=x(r);break e}S.componentWillUpdate&&S.componentWillUpdate(E,S.__s,O),D&&S.componentDidUpdate&&S.__h.push(function(){S.componentDidUpdate(C,w,T)})}else D&&!A.getDerivedStateFromProps&&S.componentWillMount&&S.componentWillMount(),D&&S.componentDidMount&&S.__h.push(S.componentDidMount);S.context=O,S.props=E,S.__P=t,S.__g&=-5,ne=e.__r,re=D?25:0;do S.__g&=-9,ne&&ne(n),p=S.render(S.props,S.state=S.__s,S.context);while(8&S.__g&&++re<25);D&&(f.push.apply(S.__h,S.__k),S.__k=[]),S.state=S.__s,S.getChildContext&&(i=g({},i,S.getChildContext())),D&&r.__c&&S.getSnapshotBeforeUpdate&&(T=S.getSnapshotBeforeUpdate(C,w)),ie=p&&p.type===y&&p.key==null?p.props.children:p,E.__P&&(p=c,a=(t=E.__P).namespaceURI,l=o=null,r.props&&r.props.__P!=t&&(r.__k.some(function(e){e&&ue(e,e)}),r.__k=null),c=r.__k?x(r,0):null),c=ee(t,m(ie)?ie:[ie],n,r,i,a,o,s,c,l,d),E.__P&&(n.__e=null,c=p),n.__u&=-161,h&&h.some(_),S.__h.length&&s.push(S),1&S.__g&&(S.__g&=-4)}catch(t){if(s.length=v,n.__v=null,l||o){if(t&&t.then){if(n.__u|=128|l,o){for(~(fe=o.indexOf(c||void 0))||(fe=o.length);(k=o[fe-1])&&k.nodeType==8;)fe--;for(;fe<o.length;fe++)if(k=o[fe]){if(o[fe]=null,se){if(k==le)break}else{if(k.nodeType!=8)break;k.data.startsWith(`$s`)&&(le=ae(se=k))}}}if(!se){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;se=c}(p=ae(se=n.__c.__z||(n.__c.__z=se)))?(n.__e=se,c=p):n.__e=c,c&&=c.nextSibling}else o&&o.some(_)}else n.__e=r.__e;n.__k||=r.__k||[],t&&t.then||oe(n),e.__e(t,n,r)}}else c=n.__e=ce(r.__e,n,r,i,a,o,s,l,d,t);return(p=e.diffed)&&p(n),c}function ae(e,t){if(e&&e.nodeType==8&&e.data.startsWith(`$s`))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith(`$s`))n++;else if(e.data.startsWith(`/$s`)&&!--n)return e}t&&t.push(e)}}function oe(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(oe))}function se(t,n,r){for(var i=0;i<r.length;)le(r[i++],r[i++],r[i++]);e.__c&&e.__c(n,t),t.some(function(n){try{t=n.__h,n.__h=[],t.some(function(e){e.call(n)})}catch(t){e.__e(t,n.__v)}})}function ce(t,n,r,i,a,o,s,c,l,u){var f,g,v,y,b,S,C,w,T=r.props||d,E=n.props,D=n.type;if(D==`svg`?a=`http://www.w3.org/2000/svg`:D==`math`?a=`http://www.w3.org/1998/Math/MathML`:a||=`http://www.w3.org/1999/xhtml`,o){for(f=0;f<o.length;f++)if((b=o[f])&&(D?b.localName==D:b.nodeType==3)){t=b,o[f]=null;break}}if(!t){if(w=u.ownerDocument||document,!D)return w.createTextNode(E);t=w.createElementNS(a,D,E.is?E:u),c&&=(e.__m&&e.__m(n,o),!1),o=null}if(D){if(u=D==`template`&&t.content||t,o=D==`textarea`&&E.defaultValue!=null?null:o&&h.call(u.childNodes),!c&&o)for(T={},f=0;f<t.attributes.length;f++)T[(b=t.attributes[f]).name]=b.value;for(f in T)b=T[f],f==`dangerouslySetInnerHTML`?v=b:f==`children`||f in E||f==`value`&&`defaultValue`in E||f==`checked`&&`defaultChecked`in E||ne(t,f,null,b,a);for(f in E)b=E[f],f==`children`?y=b:f==`dangerouslySetInnerHTML`?g=b:f==`value`?S=b:f==`checked`?C=b:c&&typeof b!=`function`||T[f]===b||ne(t,f,b,T[f],a);g?(c||v&&(g.__html==v.__html||g.__html==t.innerHTML)||(t.innerHTML=g.__html),n.__k=[]):(v&&(t.textContent=``),(D==`foreignObject`||a==`http://www.w3.org/1998/Math/MathML`&&p.test(D))&&(a=`http://www.w3.org/1999/xhtml`),ee(u,m(y)?y:[y],n,r,i,a,o,s,o?o[0]:r.__k&&x(r,0),c,l),o&&o.some(_)),c&&D!=`textarea`||(f=`value`,D==`progress`&&S==null?t.removeAttribute(f):S==null||S===t[f]&&(D!=`progress`||S)||ne(t,f,S,T[f],a),f=`checked`,C!=null&&C!=t[f]&&ne(t,f,C,T[f],a))}else T===E||c&&t.data==E||(t.data=E);return t}function le(t,n,r,i){try{typeof t==`function`?n?n.__x=t(n)||1:(i&&=i.__c||i.__e)&&(n=i.__x)&&(i.__x=null,typeof n==`function`?n():t(null)):t.current=n}catch(t){e.__e(t,r)}}function ue(t,n,r){var i,a,o,s;if(e.unmount&&e.unmount(t),!(i=t.ref)||i.current&&i.current!=t.__e||le(i,null,n,t),i=t.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(t){e.__e(t,n)}i.__P=i.__n=null}if(i=t.__k)for(s=0;s<i.length;s++)i[s]&&ue(i[s],n,typeof t.type!=`function`||r&&!t.props.__P);!r&&(i=t.__c)&&(i=i.__z)&&(a=ae(i,o=[]))&&(i==t.__e&&o.some(_),_(a),_(i)),r||_(t.__e),t.__e=t.__c=t.__=null}function de(e,t,n){return this.constructor(e,n)}function fe(t,n){var r,i,a,o;e.__&&e.__(t,n),n.nodeType==9&&(n=n.documentElement),i=(r=t&&32&t.__u)?null:n.__k,n.__k=v(y,{children:[t]}),a=[],o=[],ie(n,n.__k,i||d,d,n.namespaceURI,i?null:n.firstChild?h.call(n.childNodes):null,a,i?i.__e:n.firstChild,r,o),se(a,n.__k,o),n.__k.props.children=null}e={__e:function(e,t,n,r){for(var a,o,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(o=a.constructor)&&o.getDerivedStateFromError)&&a.setState(o.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,r||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(t){e=t}}throw i=0,e}},t=0,b.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=g({},this.state)),typeof e==`function`&&(e=e(g({},n),this.props)),e&&(g(n,e),this.__v&&(t&&this.__k.push(t),w(this)))},b.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),w(this))},b.prototype.render=y,n=[],i=0,a=function(e,t){return e.__v.__b-t.__v.__b},o=Symbol(),s=/(PointerCapture)$|Capture$/i,c=0,l={};var k,A,pe,me,he=Object.is,ge=0,_e=[],ve=[],j=e,ye=j.__b,be=j.__r,xe=j.diffed,Se=j.__c,Ce=j.unmount,we=j.__;function Te(e,t){j.__h&&j.__h(A,e,ge||t),ge=0;var n=A.__H||(A.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function M(e){return ge=1,Ee(Ie,e)}function Ee(e,t,n){var r=Te(k++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Ie(void 0,t),function(e){var t=(r.__N||r.__)[0],n=r.t(t,e);he(t,n)||(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=A,!A.__f)){A.__f=!0;var i=A.shouldComponentUpdate;A.shouldComponentUpdate=function(e,t,n){var r=this.__H;if(!r)return!0;var a=!1,o=this.props!=e;if(r.__.some(function(e){e.__N&&(a=!0,he(e.__[0],e.__N[0])||(o=!0))}),i){var s=i.call(this,e,t,n);return a?s||o:s}return!a||o}}return r.__}function N(e,t){var n=Te(k++,3);!j.__s&&Fe(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,A.__H.__h.push(n))}function De(e){return ge=5,Oe(function(){return{current:e}},[])}function Oe(e,t){var n=Te(k++,7);return Fe(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function ke(){var e;do{for(;e=ve.shift();)try{Ne(e)}catch(t){j.__e(t,{__:(e=e.__P)&&e.__v})}for(;e=_e.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ne),t.__h.some(Pe),t.__h=[]}catch(n){t.__h=[],j.__e(n,e.__v)}}}while(ve.length)}j.__b=function(e){A=null,ye&&ye(e)},j.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),we&&we(e,t)},j.__r=function(e){be&&be(e),k=0;var t=(A=e.__c).__H;t&&(pe==A?A.__h=[]:(t.__h.some(Ne),t.__h.some(Pe),k=0),t.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})),pe=A},j.diffed=function(e){xe&&xe(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Me(_e.push(t)),t.__H.__.some(function(e){e.u&&(e.__H=e.u)})),pe=A=null},j.__c=function(e,t){t.some(function(e){try{e.__h.some(Ne),e.__h=e.__h.filter(function(e){return!e.__||Pe(e)})}catch(t){e.__h=[function(){throw t}]}}),Se&&Se(e,t)},j.unmount=function(e){Ce&&Ce(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(r){try{if(r.__P&&r.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n&&=n.__c}r.__P=n,Me(ve.push(r))}else Ne(r)}catch(e){t=e}}),r.__H=void 0,t&&j.__e(t,r.__v))};var Ae=typeof requestAnimationFrame==`function`;function je(e){var t,n=function(){clearTimeout(r),Ae&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Ae&&(t=requestAnimationFrame(n))}function Me(e){e!=1&&me==j.requestAnimationFrame||((me=j.requestAnimationFrame)||je)(ke)}function Ne(e){var t=A,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),A=t}function Pe(e){var t=A;e.__c=e.__(),A=t}function Fe(e,t){return!e||e.length!=t.length||t.some(function(t,n){return!he(t,e[n])})}function Ie(e,t){return typeof t==`function`?t(e):t}var P=class extends Error{code;errors;constructor(e,t){super(e),this.code=e,this.errors=t}},F=null,Le=!1,Re=new Set;function ze(){return F}function Be(){return Le}function Ve(e){F=e,Re.forEach(e=>e())}function He(e){return Re.add(e),()=>Re.delete(e)}async function Ue(e,t){let n;try{n=await fetch(e,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`},body:JSON.stringify(t)})}catch{throw new P(`NETWORK`,[])}let r=await n.json().catch(()=>({}));if(r.errors?.length)throw new P(r.errors[0].extensions?.code??`INTERNAL`,r.errors);if(!n.ok||!r.accessToken)throw new P(`INTERNAL`,[]);return{accessToken:r.accessToken,accessTokenExpiresAt:r.accessTokenExpiresAt}}async function We(e,t){let n=await Ue(`/auth/login`,{email:e,password:t});Le=!1,Ve(n)}var Ge=null;function Ke(){return navigator.locks?navigator.locks.request(`skupaj-refresh`,()=>Ue(`/auth/refresh`,{})):Ue(`/auth/refresh`,{})}function qe(){return Ge??=Ke().then(e=>(Le=!1,Ve(e),!0)).catch(()=>(Le=F!==null,Ve(null),!1)).finally(()=>{Ge=null}),Ge}async function Je(){try{await fetch(`/auth/logout`,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`},body:`{}`})}finally{Le=!1,Ve(null)}}function Ye(e,t){Ve({accessToken:e,accessTokenExpiresAt:t})}async function Xe(e,t){let n={"content-type":`application/json`};F&&(n.authorization=`Bearer ${F.accessToken}`);let r;try{r=await fetch(`/graphql`,{method:`POST`,headers:n,credentials:`omit`,body:JSON.stringify({query:e,variables:t})})}catch{throw new P(`NETWORK`,[])}return r.json().catch(()=>({errors:[{message:``,extensions:{code:`INTERNAL`}}]}))}function Ze(e){return!!e?.some(e=>e.extensions?.code===`UNAUTHENTICATED`)}async function I(e,...[t]){let n=e.toString(),r=await Xe(n,t??{});F&&Ze(r.errors)&&await qe()&&(r=await Xe(n,t??{}));let i=r.errors??[];if(r.data==null)throw new P(i[0]?.extensions?.code??`INTERNAL`,i);return{data:r.data,errors:i}}function Qe(e,...t){return e.some(e=>e.extensions?.code===`FORBIDDEN`&&e.path!==void 0&&t.every((t,n)=>e.path[n]===t))}async function $e(e){let t={};F&&(t.authorization=`Bearer ${F.accessToken}`);try{return await fetch(e,{headers:t,credentials:`omit`})}catch{throw new P(`NETWORK`,[])}}async function et(e,t){let n=await $e(e);if(n.status===401&&F&&await qe()&&(n=await $e(e)),!n.ok){let e=(await n.json().catch(()=>({}))).errors??[];throw new P(e[0]?.extensions?.code??`INTERNAL`,e)}let r=await n.blob(),i=URL.createObjectURL(r),a=document.createElement(`a`);a.href=i,a.download=t,document.body.appendChild(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(i),0)}var L=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},tt=new L(`
    fragment MonthlyTable on Indicators {
  minCell
  referrals {
    columns
    rows {
      group
      cells
      total
    }
  }
}
    `,{fragmentName:`MonthlyTable`}),nt=new L(`
    fragment NotificationRow on Notification {
  id
  kind
  subjectId
  title
  createdAt
  readAt
}
    `,{fragmentName:`NotificationRow`}),rt=new L(`
    fragment ReferralRow on Referral {
  id
  status
  needDomain
  participantCode
  respondBy
  overdue
  createdAt
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}
    `,{fragmentName:`ReferralRow`}),it={"\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      me {\n        user {\n          id\n          displayName\n        }\n        actingRole\n        platformRole\n        actingOrganisation {\n          id\n          name\n        }\n        memberships {\n          id\n          role\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":new L(`
    mutation SwitchOrganisation($input: SwitchOrganisationInput!) {
  switchOrganisation(input: $input) {
    accessToken
    accessTokenExpiresAt
    me {
      user {
        id
        displayName
      }
      actingRole
      platformRole
      actingOrganisation {
        id
        name
      }
      memberships {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
}
    `),"\n  query UnreadCount {\n    unreadNotificationCount\n  }\n":new L(`
    query UnreadCount {
  unreadNotificationCount
}
    `),"\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n    }\n  }\n":new L(`
    subscription NotificationReceived {
  notificationReceived {
    id
    title
  }
}
    `),"\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      endedSessions\n    }\n  }\n":new L(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    endedSessions
  }
}
    `),"\n  query AuditLog($filter: AuditFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          at\n          userId\n          userName\n          organisationId\n          organisationName\n          role\n          operation\n          entityType\n          entityId\n          outcome\n          requestId\n          reason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new L(`
    query AuditLog($filter: AuditFilterInput, $after: String) {
  auditLog(filter: $filter, first: 25, after: $after) {
    edges {
      node {
        id
        at
        userId
        userName
        organisationId
        organisationName
        role
        operation
        entityType
        entityId
        outcome
        requestId
        reason
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),"\n  query MyCaseload($after: String) {\n    myCaseload(first: 20, after: $after) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n        municipality\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new L(`
    query MyCaseload($after: String) {
  myCaseload(first: 20, after: $after) {
    nodes {
      id
      referenceCode
      givenName
      familyName
      municipality
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),"\n  query Dashboard {\n    referralStats {\n      total\n      minCell\n      responded\n      medianFirstResponseHours\n      byStatus {\n        status\n        count\n      }\n    }\n    overdue: referralStats(filter: { overdue: true }) {\n      total\n      minCell\n    }\n    byMonthAndStatus: indicators(groupBy: [MONTH, STATUS]) {\n      ...MonthlyTable\n    }\n    byMonthAndNeed: indicators(groupBy: [MONTH, NEED_DOMAIN]) {\n      ...MonthlyTable\n    }\n    referrals(first: 10) {\n      edges {\n        node {\n          ...ReferralRow\n        }\n      }\n    }\n  }\n":new L(`
    query Dashboard {
  referralStats {
    total
    minCell
    responded
    medianFirstResponseHours
    byStatus {
      status
      count
    }
  }
  overdue: referralStats(filter: {overdue: true}) {
    total
    minCell
  }
  byMonthAndStatus: indicators(groupBy: [MONTH, STATUS]) {
    ...MonthlyTable
  }
  byMonthAndNeed: indicators(groupBy: [MONTH, NEED_DOMAIN]) {
    ...MonthlyTable
  }
  referrals(first: 10) {
    edges {
      node {
        ...ReferralRow
      }
    }
  }
}
    fragment MonthlyTable on Indicators {
  minCell
  referrals {
    columns
    rows {
      group
      cells
      total
    }
  }
}
fragment ReferralRow on Referral {
  id
  status
  needDomain
  participantCode
  respondBy
  overdue
  createdAt
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`),"\n  fragment MonthlyTable on Indicators {\n    minCell\n    referrals {\n      columns\n      rows {\n        group\n        cells\n        total\n      }\n    }\n  }\n":tt,"\n  query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {\n    programmes(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          titleIn(language: $language)\n          municipality\n          placesLeft\n          hasPlacesLeft\n          startsOn\n          childcare\n          interpretation\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new L(`
    query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {
  programmes(filter: $filter, first: 20, after: $after) {
    edges {
      node {
        id
        kind
        titleIn(language: $language)
        municipality
        placesLeft
        hasPlacesLeft
        startsOn
        childcare
        interpretation
        leadOrganisation {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),"\n  query DirectoryOrganisations($after: String) {\n    organisations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          municipality\n          workingLanguages\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new L(`
    query DirectoryOrganisations($after: String) {
  organisations(first: 20, after: $after) {
    edges {
      node {
        id
        kind
        name
        municipality
        workingLanguages
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),"\n  query EmergencyAccessGrants($after: String) {\n    emergencyAccessGrants(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          participantId\n          participantReferenceCode\n          holder {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n          reason\n          grantedAt\n          expiresAt\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new L(`
    query EmergencyAccessGrants($after: String) {
  emergencyAccessGrants(first: 25, after: $after) {
    edges {
      node {
        id
        participantId
        participantReferenceCode
        holder {
          id
          displayName
        }
        organisation {
          id
          name
        }
        reason
        grantedAt
        expiresAt
        active
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),"\n  mutation EraseParticipant($input: EraseParticipantInput!) {\n    eraseParticipant(input: $input) {\n      erasedAt\n      cancelledReferralIds\n    }\n  }\n":new L(`
    mutation EraseParticipant($input: EraseParticipantInput!) {
  eraseParticipant(input: $input) {
    erasedAt
    cancelledReferralIds
  }
}
    `),"\n  mutation RecordPlacement($input: RecordPlacementInput!) {\n    recordPlacement(input: $input) {\n      placement {\n        id\n      }\n    }\n  }\n":new L(`
    mutation RecordPlacement($input: RecordPlacementInput!) {
  recordPlacement(input: $input) {
    placement {
      id
    }
  }
}
    `),"\n  query MatchParticipants($language: String!) {\n    participants(first: 100) {\n      nodes {\n        id\n        referenceCode\n        givenName\n      }\n    }\n    programmes(first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n      }\n    }\n    vacancies(first: 20) {\n      nodes {\n        id\n        occupation\n        municipality\n        openings\n        validUntil\n        skills\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n":new L(`
    query MatchParticipants($language: String!) {
  participants(first: 100) {
    nodes {
      id
      referenceCode
      givenName
    }
  }
  programmes(first: 100) {
    nodes {
      id
      titleIn(language: $language)
    }
  }
  vacancies(first: 20) {
    nodes {
      id
      occupation
      municipality
      openings
      validUntil
      skills
      organisation {
        id
        name
      }
    }
  }
}
    `),"\n  query ProgrammeMatches($programmeId: ID!) {\n    matchParticipants(programmeId: $programmeId, first: 20) {\n      score\n      reasonDetails {\n        code\n        values\n      }\n      participant {\n        id\n        referenceCode\n        givenName\n      }\n    }\n  }\n":new L(`
    query ProgrammeMatches($programmeId: ID!) {
  matchParticipants(programmeId: $programmeId, first: 20) {
    score
    reasonDetails {
      code
      values
    }
    participant {
      id
      referenceCode
      givenName
    }
  }
}
    `),"\n  mutation ReferFromMatch($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n":new L(`
    mutation ReferFromMatch($input: CreateReferralInput!) {
  createReferral(input: $input) {
    referral {
      id
      status
    }
  }
}
    `),"\n  query Matches($participantId: ID!, $language: String!) {\n    matchProgrammes(participantId: $participantId, first: 20) {\n      score\n      reasonDetails {\n        code\n        values\n      }\n      programme {\n        id\n        kind\n        titleIn(language: $language)\n        municipality\n        placesLeft\n        hasPlacesLeft\n        leadOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n":new L(`
    query Matches($participantId: ID!, $language: String!) {
  matchProgrammes(participantId: $participantId, first: 20) {
    score
    reasonDetails {
      code
      values
    }
    programme {
      id
      kind
      titleIn(language: $language)
      municipality
      placesLeft
      hasPlacesLeft
      leadOrganisation {
        id
        name
      }
    }
  }
}
    `),"\n  mutation Enrol($input: EnrolParticipantInput!) {\n    enrolParticipant(input: $input) {\n      enrolment {\n        id\n        status\n        position\n      }\n    }\n  }\n":new L(`
    mutation Enrol($input: EnrolParticipantInput!) {
  enrolParticipant(input: $input) {
    enrolment {
      id
      status
      position
    }
  }
}
    `),"\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          ...NotificationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new L(`
    query Notifications($after: String) {
  notifications(first: 20, after: $after) {
    edges {
      node {
        ...NotificationRow
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment NotificationRow on Notification {
  id
  kind
  subjectId
  title
  createdAt
  readAt
}`),"\n  fragment NotificationRow on Notification {\n    id\n    kind\n    subjectId\n    title\n    createdAt\n    readAt\n  }\n":nt,"\n  query Notification($id: ID!) {\n    notification(id: $id) {\n      ...NotificationRow\n    }\n  }\n":new L(`
    query Notification($id: ID!) {
  notification(id: $id) {
    ...NotificationRow
  }
}
    fragment NotificationRow on Notification {
  id
  kind
  subjectId
  title
  createdAt
  readAt
}`),"\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unread\n    }\n  }\n":new L(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    marked
    unread
  }
}
    `),"\n  query ParticipantDetail($id: ID!, $language: String!) {\n    participant(id: $id) {\n      id\n      referenceCode\n      givenName\n      familyName\n      preferredLanguage\n      municipality\n      skills\n      legalStatus\n      ownerOrganisation {\n        id\n        name\n      }\n      history {\n        enrolments {\n          id\n          status\n          completedOn\n          programme {\n            id\n            titleIn(language: $language)\n          }\n        }\n        placements {\n          id\n          occupation\n          employerName\n          employerOrganisation {\n            id\n            name\n          }\n          contractType\n          hoursPerWeek\n          startsOn\n        }\n      }\n      consents {\n        id\n        purpose\n        coveredKinds\n        coveredOrganisationIds\n        fieldGroups\n        method\n        givenAt\n        expiresAt\n        withdrawnAt\n        active\n      }\n      lifeCard {\n        goals {\n          id\n          domain\n          title\n          targetDate\n          status\n        }\n        timeline(first: 20) {\n          nodes {\n            id\n            domain\n            note\n            occurredOn\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n    programmes(first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n      }\n    }\n  }\n":new L(`
    query ParticipantDetail($id: ID!, $language: String!) {
  participant(id: $id) {
    id
    referenceCode
    givenName
    familyName
    preferredLanguage
    municipality
    skills
    legalStatus
    ownerOrganisation {
      id
      name
    }
    history {
      enrolments {
        id
        status
        completedOn
        programme {
          id
          titleIn(language: $language)
        }
      }
      placements {
        id
        occupation
        employerName
        employerOrganisation {
          id
          name
        }
        contractType
        hoursPerWeek
        startsOn
      }
    }
    consents {
      id
      purpose
      coveredKinds
      coveredOrganisationIds
      fieldGroups
      method
      givenAt
      expiresAt
      withdrawnAt
      active
    }
    lifeCard {
      goals {
        id
        domain
        title
        targetDate
        status
      }
      timeline(first: 20) {
        nodes {
          id
          domain
          note
          occurredOn
          organisation {
            id
            name
          }
        }
      }
    }
  }
  organisations(first: 100) {
    nodes {
      id
      name
      kind
    }
  }
  programmes(first: 100) {
    nodes {
      id
      titleIn(language: $language)
    }
  }
}
    `),"\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      consent {\n        id\n      }\n    }\n  }\n":new L(`
    mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    consent {
      id
    }
  }
}
    `),"\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      consent {\n        id\n      }\n      cancelledReferralIds\n    }\n  }\n":new L(`
    mutation WithdrawConsent($input: WithdrawConsentInput!) {
  withdrawConsent(input: $input) {
    consent {
      id
    }
    cancelledReferralIds
  }
}
    `),"\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n":new L(`
    mutation CreateReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    referral {
      id
      status
    }
  }
}
    `),"\n  mutation AddLifeGoal($input: AddLifeGoalInput!) {\n    addLifeGoal(input: $input) {\n      goal {\n        id\n      }\n    }\n  }\n":new L(`
    mutation AddLifeGoal($input: AddLifeGoalInput!) {
  addLifeGoal(input: $input) {
    goal {
      id
    }
  }
}
    `),"\n  mutation AddLifeEntry($input: AddLifeEntryInput!) {\n    addLifeEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n":new L(`
    mutation AddLifeEntry($input: AddLifeEntryInput!) {
  addLifeEntry(input: $input) {
    entry {
      id
    }
  }
}
    `),"\n  query RecordByCode($search: String!) {\n    participants(filter: { search: $search }, first: 10) {\n      nodes {\n        id\n        referenceCode\n      }\n    }\n  }\n":new L(`
    query RecordByCode($search: String!) {
  participants(filter: {search: $search}, first: 10) {
    nodes {
      id
      referenceCode
    }
  }
}
    `),"\n  mutation MergeParticipants($input: MergeParticipantsInput!) {\n    mergeParticipants(input: $input) {\n      participant {\n        id\n      }\n    }\n  }\n":new L(`
    mutation MergeParticipants($input: MergeParticipantsInput!) {
  mergeParticipants(input: $input) {
    participant {
      id
    }
  }
}
    `),"\n  query Participants($after: String, $search: String) {\n    participants(first: 20, after: $after, filter: { search: $search }) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n        municipality\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new L(`
    query Participants($after: String, $search: String) {
  participants(first: 20, after: $after, filter: {search: $search}) {
    nodes {
      id
      referenceCode
      givenName
      familyName
      municipality
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),"\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      participant {\n        id\n        referenceCode\n      }\n      possibleDuplicates {\n        id\n        referenceCode\n      }\n    }\n  }\n":new L(`
    mutation RegisterParticipant($input: RegisterParticipantInput!) {
  registerParticipant(input: $input) {
    participant {
      id
      referenceCode
    }
    possibleDuplicates {
      id
      referenceCode
    }
  }
}
    `),"\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      validForMinutes\n    }\n  }\n":new L(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    validForMinutes
  }
}
    `),"\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordChanged\n    }\n  }\n":new L(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    passwordChanged
  }
}
    `),"\n  query MyProgrammes($language: String!) {\n    programmes(filter: { organisedByMe: true }, first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n        status\n        capacity\n        municipality\n      }\n    }\n  }\n":new L(`
    query MyProgrammes($language: String!) {
  programmes(filter: {organisedByMe: true}, first: 100) {
    nodes {
      id
      titleIn(language: $language)
      status
      capacity
      municipality
    }
  }
}
    `),"\n  query EditProgramme($id: ID!, $language: String!) {\n    programme(id: $id) {\n      id\n      titleIn(language: $language)\n      status\n      venue\n      capacity\n      startsOn\n      endsOn\n      partnersMayAddSessions\n      organisedByMe\n      stats {\n        enrolled\n        waitlisted\n      }\n    }\n  }\n":new L(`
    query EditProgramme($id: ID!, $language: String!) {
  programme(id: $id) {
    id
    titleIn(language: $language)
    status
    venue
    capacity
    startsOn
    endsOn
    partnersMayAddSessions
    organisedByMe
    stats {
      enrolled
      waitlisted
    }
  }
}
    `),"\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      programme {\n        id\n        capacity\n      }\n      promoted {\n        id\n        position\n      }\n    }\n  }\n":new L(`
    mutation UpdateProgramme($input: UpdateProgrammeInput!) {
  updateProgramme(input: $input) {
    programme {
      id
      capacity
    }
    promoted {
      id
      position
    }
  }
}
    `),"\n  query ReferralDetail($id: ID!, $language: String!) {\n    referral(id: $id) {\n      id\n      status\n      kind\n      needDomain\n      priority\n      reason\n      respondBy\n      overdue\n      version\n      declineReason\n      outcome\n      participantCode\n      participant {\n        id\n        givenName\n        familyName\n        preferredLanguage\n      }\n      programme {\n        id\n        titleIn(language: $language)\n      }\n      fromOrganisation {\n        id\n        name\n      }\n      toOrganisation {\n        id\n        name\n      }\n      createdAt\n      sentAt\n      firstResponseAt\n      history {\n        at\n        action\n        fromStatus\n        toStatus\n        actorOrganisation {\n          id\n          name\n        }\n        comment\n      }\n    }\n  }\n":new L(`
    query ReferralDetail($id: ID!, $language: String!) {
  referral(id: $id) {
    id
    status
    kind
    needDomain
    priority
    reason
    respondBy
    overdue
    version
    declineReason
    outcome
    participantCode
    participant {
      id
      givenName
      familyName
      preferredLanguage
    }
    programme {
      id
      titleIn(language: $language)
    }
    fromOrganisation {
      id
      name
    }
    toOrganisation {
      id
      name
    }
    createdAt
    sentAt
    firstResponseAt
    history {
      at
      action
      fromStatus
      toStatus
      actorOrganisation {
        id
        name
      }
      comment
    }
  }
}
    `),"\n  mutation AcceptReferral($input: ReferralStepInput!) {\n    acceptReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new L(`
    mutation AcceptReferral($input: ReferralStepInput!) {
  acceptReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  mutation StartReferral($input: ReferralStepInput!) {\n    startReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new L(`
    mutation StartReferral($input: ReferralStepInput!) {
  startReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  mutation HoldReferral($input: ReferralStepInput!) {\n    holdReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new L(`
    mutation HoldReferral($input: ReferralStepInput!) {
  holdReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  mutation ResumeReferral($input: ReferralStepInput!) {\n    resumeReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new L(`
    mutation ResumeReferral($input: ReferralStepInput!) {
  resumeReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new L(`
    mutation DeclineReferral($input: DeclineReferralInput!) {
  declineReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  mutation CompleteReferral($input: CompleteReferralInput!) {\n    completeReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n":new L(`
    mutation CompleteReferral($input: CompleteReferralInput!) {
  completeReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `),"\n  fragment ReferralRow on Referral {\n    id\n    status\n    needDomain\n    participantCode\n    respondBy\n    overdue\n    createdAt\n    fromOrganisation {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n  }\n":rt,"\n  query Referrals($filter: ReferralFilterInput, $after: String) {\n    referrals(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":new L(`
    query Referrals($filter: ReferralFilterInput, $after: String) {
  referrals(filter: $filter, first: 20, after: $after) {
    edges {
      node {
        ...ReferralRow
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ReferralRow on Referral {
  id
  status
  needDomain
  participantCode
  respondBy
  overdue
  createdAt
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`),"\n  mutation RequestEmergencyAccess($input: RequestEmergencyAccessInput!) {\n    requestEmergencyAccess(input: $input) {\n      grant {\n        id\n        expiresAt\n      }\n    }\n  }\n":new L(`
    mutation RequestEmergencyAccess($input: RequestEmergencyAccessInput!) {
  requestEmergencyAccess(input: $input) {
    grant {
      id
      expiresAt
    }
  }
}
    `),"\n  query MyTasks($after: String) {\n    myTasks(first: 50, after: $after) {\n      nodes {\n        id\n        title\n        dueOn\n        status\n        overdue\n        participantId\n        referralId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myCaseload(first: 100) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n      }\n    }\n  }\n":new L(`
    query MyTasks($after: String) {
  myTasks(first: 50, after: $after) {
    nodes {
      id
      title
      dueOn
      status
      overdue
      participantId
      referralId
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  myCaseload(first: 100) {
    nodes {
      id
      referenceCode
      givenName
      familyName
    }
  }
}
    `),"\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n":new L(`
    mutation CreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    task {
      id
    }
  }
}
    `),"\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        id\n        status\n      }\n    }\n  }\n":new L(`
    mutation CompleteTask($input: CompleteTaskInput!) {
  completeTask(input: $input) {
    task {
      id
      status
    }
  }
}
    `),"\n  query Me {\n    me {\n      user {\n        id\n        displayName\n      }\n      actingRole\n      platformRole\n      actingOrganisation {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n":new L(`
    query Me {
  me {
    user {
      id
      displayName
    }
    actingRole
    platformRole
    actingOrganisation {
      id
      name
    }
    memberships {
      id
      role
      organisation {
        id
        name
      }
    }
  }
}
    `)};function R(e){return it[e]??{}}var at=class{constructor(e){this.value=e}valueOf(){return this.value}},z=class extends at{constructor(e=`???`){super(e)}toString(e){return`{${this.value}}`}},B=class extends at{constructor(e,t={}){super(e),this.opts=t}toString(e){if(e)try{return e.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(t){e.reportError(t)}return this.value.toString(10)}},ot=class e extends at{static supportsValue(t){if(typeof t==`number`||t instanceof Date)return!0;if(t instanceof at)return e.supportsValue(t.valueOf());if(`Temporal`in globalThis){let e=globalThis.Temporal;if(t instanceof e.Instant||t instanceof e.PlainDateTime||t instanceof e.PlainDate||t instanceof e.PlainMonthDay||t instanceof e.PlainTime||t instanceof e.PlainYearMonth)return!0}return!1}constructor(t,n={}){t instanceof e?(n={...t.opts,...n},t=t.value):t instanceof at&&(t=t.valueOf()),typeof t==`object`&&`calendarId`in t&&n.calendar===void 0&&(n={...n,calendar:t.calendarId}),super(t),this.opts=n}[Symbol.toPrimitive](e){return e===`string`?this.toString():this.toNumber()}toNumber(){let e=this.value;if(typeof e==`number`)return e;if(e instanceof Date)return e.getTime();if(`epochMilliseconds`in e)return e.epochMilliseconds;if(`toZonedDateTime`in e)return e.toZonedDateTime(`UTC`).epochMilliseconds;throw TypeError(`Unwrapping a non-number value as a number`)}toString(e){if(e)try{return e.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(t){e.reportError(t)}return typeof this.value==`number`||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}},st=100,ct=`⁨`,lt=`⁩`;function ut(e,t,n){return n===t||n instanceof B&&t instanceof B&&n.value===t.value||t instanceof B&&typeof n==`string`&&n===e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value)}function dt(e,t,n){return t[n]?bt(e,t[n].value):(e.reportError(RangeError(`No default`)),new z)}function ft(e,t){let n=[],r=Object.create(null);for(let i of t)i.type===`narg`?r[i.name]=pt(e,i.value):n.push(pt(e,i));return{positional:n,named:r}}function pt(e,t){switch(t.type){case`str`:return t.value;case`num`:return new B(t.value,{minimumFractionDigits:t.precision});case`var`:return mt(e,t);case`mesg`:return ht(e,t);case`term`:return gt(e,t);case`func`:return _t(e,t);case`select`:return vt(e,t);default:return new z}}function mt(e,{name:t}){let n;if(e.params){if(Object.prototype.hasOwnProperty.call(e.params,t))n=e.params[t];else return new z(`$${t}`)}else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))n=e.args[t];else return e.reportError(ReferenceError(`Unknown variable: $${t}`)),new z(`$${t}`);if(n instanceof at)return n;switch(typeof n){case`string`:return n;case`number`:return new B(n);case`object`:if(ot.supportsValue(n))return new ot(n);default:return e.reportError(TypeError(`Variable type not supported: $${t}, ${typeof n}`)),new z(`$${t}`)}}function ht(e,{name:t,attr:n}){let r=e.bundle._messages.get(t);if(!r)return e.reportError(ReferenceError(`Unknown message: ${t}`)),new z(t);if(n){let i=r.attributes[n];return i?bt(e,i):(e.reportError(ReferenceError(`Unknown attribute: ${n}`)),new z(`${t}.${n}`))}return r.value?bt(e,r.value):(e.reportError(ReferenceError(`No value: ${t}`)),new z(t))}function gt(e,{name:t,attr:n,args:r}){let i=`-${t}`,a=e.bundle._terms.get(i);if(!a)return e.reportError(ReferenceError(`Unknown term: ${i}`)),new z(i);if(n){let t=a.attributes[n];if(t){e.params=ft(e,r).named;let n=bt(e,t);return e.params=null,n}return e.reportError(ReferenceError(`Unknown attribute: ${n}`)),new z(`${i}.${n}`)}e.params=ft(e,r).named;let o=bt(e,a.value);return e.params=null,o}function _t(e,{name:t,args:n}){let r=e.bundle._functions[t];if(!r)return e.reportError(ReferenceError(`Unknown function: ${t}()`)),new z(`${t}()`);if(typeof r!=`function`)return e.reportError(TypeError(`Function ${t}() is not callable`)),new z(`${t}()`);try{let t=ft(e,n);return r(t.positional,t.named)}catch(n){return e.reportError(n),new z(`${t}()`)}}function vt(e,{selector:t,variants:n,star:r}){let i=pt(e,t);if(i instanceof z)return dt(e,n,r);for(let t of n)if(ut(e,i,pt(e,t.key)))return bt(e,t.value);return dt(e,n,r)}function yt(e,t){if(e.dirty.has(t))return e.reportError(RangeError(`Cyclic reference`)),new z;e.dirty.add(t);let n=[],r=e.bundle._useIsolating&&t.length>1;for(let i of t)if(typeof i==`string`)n.push(e.bundle._transform(i));else{if(e.placeables++,e.placeables>st)throw e.dirty.delete(t),RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${st}`);r&&n.push(ct),n.push(pt(e,i).toString(e)),r&&n.push(lt)}return e.dirty.delete(t),n.join(``)}function bt(e,t){return typeof t==`string`?e.bundle._transform(t):yt(e,t)}var xt=class{constructor(e,t,n){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=e,this.errors=t,this.args=n}reportError(e){if(!this.errors||!(e instanceof Error))throw e;this.errors.push(e)}memoizeIntlObject(e,t){let n=this.bundle._intls.get(e);n||(n={},this.bundle._intls.set(e,n));let r=JSON.stringify(t);return n[r]||(n[r]=new e(this.bundle.locales,t)),n[r]}};function St(e,t){let n=Object.create(null);for(let[r,i]of Object.entries(e))t.includes(r)&&(n[r]=i.valueOf());return n}var Ct=[`unitDisplay`,`currencyDisplay`,`useGrouping`,`minimumIntegerDigits`,`minimumFractionDigits`,`maximumFractionDigits`,`minimumSignificantDigits`,`maximumSignificantDigits`];function wt(e,t){let n=e[0];if(n instanceof z)return new z(`NUMBER(${n.valueOf()})`);if(n instanceof B)return new B(n.valueOf(),{...n.opts,...St(t,Ct)});if(n instanceof ot)return new B(n.toNumber(),{...St(t,Ct)});throw TypeError(`Invalid argument to NUMBER`)}var Tt=[`dateStyle`,`timeStyle`,`fractionalSecondDigits`,`dayPeriod`,`hour12`,`weekday`,`era`,`year`,`month`,`day`,`hour`,`minute`,`second`,`timeZoneName`];function Et(e,t){let n=e[0];if(n instanceof z)return new z(`DATETIME(${n.valueOf()})`);if(n instanceof ot||n instanceof B)return new ot(n,St(t,Tt));throw TypeError(`Invalid argument to DATETIME`)}var Dt=new Map;function Ot(e){let t=Array.isArray(e)?e.join(` `):e,n=Dt.get(t);return n===void 0&&(n=new Map,Dt.set(t,n)),n}var kt=class{constructor(e,{functions:t,useIsolating:n=!0,transform:r=e=>e}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(e)?e:[e],this._functions={NUMBER:wt,DATETIME:Et,...t},this._useIsolating=n,this._transform=r,this._intls=Ot(e)}hasMessage(e){return this._messages.has(e)}getMessage(e){return this._messages.get(e)}addResource(e,{allowOverrides:t=!1}={}){let n=[];for(let r=0;r<e.body.length;r++){let i=e.body[r];if(i.id.startsWith(`-`)){if(t===!1&&this._terms.has(i.id)){n.push(Error(`Attempt to override an existing term: "${i.id}"`));continue}this._terms.set(i.id,i)}else{if(t===!1&&this._messages.has(i.id)){n.push(Error(`Attempt to override an existing message: "${i.id}"`));continue}this._messages.set(i.id,i)}}return n}formatPattern(e,t=null,n=null){if(typeof e==`string`)return this._transform(e);let r=new xt(this,n,t);try{return yt(r,e).toString(r)}catch(e){if(r.errors&&e instanceof Error)return r.errors.push(e),new z().toString(r);throw e}}},At=/^(-?[a-zA-Z][\w-]*) *= */gm,jt=/\.([a-zA-Z][\w-]*) *= */y,Mt=/\*?\[/y,Nt=/(-?[0-9]+(?:\.([0-9]+))?)/y,Pt=/([a-zA-Z][\w-]*)/y,Ft=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,It=/^[A-Z][A-Z0-9_-]*$/,Lt=/([^{}\n\r]+)/y,Rt=/([^\\"\n\r]*)/y,zt=/\\([\\"])/y,Bt=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,Vt=/^\n+/,Ht=/ +$/,Ut=/ *\r?\n/g,Wt=/( *)$/,Gt=/{\s*/y,Kt=/\s*}/y,qt=/\[\s*/y,Jt=/\s*] */y,Yt=/\s*\(\s*/y,Xt=/\s*->\s*/y,Zt=/\s*:\s*/y,Qt=/\s*,?\s*/y,$t=/\s+/y,en=class{constructor(e){this.body=[],At.lastIndex=0;let t=0;for(;;){let n=At.exec(e);if(n===null)break;t=At.lastIndex;try{this.body.push(s(n[1]))}catch(e){if(e instanceof SyntaxError)continue;throw e}}function n(n){return n.lastIndex=t,n.test(e)}function r(n,r){if(e[t]===n)return t++,!0;if(r)throw new r(`Expected ${n}`);return!1}function i(e,r){if(n(e))return t=e.lastIndex,!0;if(r)throw new r(`Expected ${e.toString()}`);return!1}function a(n){n.lastIndex=t;let r=n.exec(e);if(r===null)throw SyntaxError(`Expected ${n.toString()}`);return t=n.lastIndex,r}function o(e){return a(e)[1]}function s(e){let t=l(),n=c();if(t===null&&Object.keys(n).length===0)throw SyntaxError(`Expected message value or attributes`);return{id:e,value:t,attributes:n}}function c(){let e=Object.create(null);for(;n(jt);){let t=o(jt),n=l();if(n===null)throw SyntaxError(`Expected attribute value`);e[t]=n}return e}function l(){let r;if(n(Lt)&&(r=o(Lt)),e[t]===`{`||e[t]===`}`)return u(r?[r]:[],1/0);let i=x();return i?r?u([r,i],i.length):(i.value=S(i.value,Vt),u([i],i.length)):r?S(r,Ht):null}function u(r=[],i){for(;;){if(n(Lt)){r.push(o(Lt));continue}if(e[t]===`{`){r.push(d());continue}if(e[t]===`}`)throw SyntaxError(`Unbalanced closing brace`);let a=x();if(a)r.push(a),i=Math.min(i,a.length);else break}let a=r.length-1,s=r[a];typeof s==`string`&&(r[a]=S(s,Ht));let c=[];for(let e of r)e instanceof tn&&(e=e.value.slice(0,e.value.length-i)),e&&c.push(e);return c}function d(){i(Gt,SyntaxError);let e=f();if(i(Kt))return e;if(i(Xt)){let t=h();return i(Kt,SyntaxError),{type:`select`,selector:e,...t}}throw SyntaxError(`Unclosed placeable`)}function f(){if(e[t]===`{`)return d();if(n(Ft)){let[,e,t,n=null]=a(Ft);if(e===`$`)return{type:`var`,name:t};if(i(Yt)){let r=p();if(e===`-`)return{type:`term`,name:t,attr:n,args:r};if(It.test(t))return{type:`func`,name:t,args:r};throw SyntaxError(`Function names must be all upper-case`)}return e===`-`?{type:`term`,name:t,attr:n,args:[]}:{type:`mesg`,name:t,attr:n}}return _()}function p(){let n=[];for(;;){switch(e[t]){case`)`:return t++,n;case void 0:throw SyntaxError(`Unclosed argument list`)}n.push(m()),i(Qt)}}function m(){let e=f();return e.type===`mesg`&&i(Zt)?{type:`narg`,name:e.name,value:_()}:e}function h(){let e=[],t=0,i;for(;n(Mt);){r(`*`)&&(i=t);let n=g(),a=l();if(a===null)throw SyntaxError(`Expected variant value`);e[t++]={key:n,value:a}}if(t===0)return null;if(i===void 0)throw SyntaxError(`Expected default variant`);return{variants:e,star:i}}function g(){i(qt,SyntaxError);let e;return e=n(Nt)?v():{type:`str`,value:o(Pt)},i(Jt,SyntaxError),e}function _(){if(n(Nt))return v();if(e[t]===`"`)return y();throw SyntaxError(`Invalid expression`)}function v(){let[,e,t=``]=a(Nt),n=t.length;return{type:`num`,value:parseFloat(e),precision:n}}function y(){r(`"`,SyntaxError);let n=``;for(;;)if(n+=o(Rt),e[t]===`\\`)n+=b();else{if(r(`"`))return{type:`str`,value:n};throw SyntaxError(`Unclosed string literal`)}}function b(){if(n(zt))return o(zt);if(n(Bt)){let[,e,t]=a(Bt),n=parseInt(e||t,16);return n<=55295||57344<=n?String.fromCodePoint(n):`�`}throw SyntaxError(`Unknown escape sequence`)}function x(){let n=t;switch(i($t),e[t]){case`.`:case`[`:case`*`:case`}`:case void 0:return!1;case`{`:return C(e.slice(n,t))}return e[t-1]===` `&&C(e.slice(n,t))}function S(e,t){return e.replace(t,``)}function C(e){return new tn(e.replace(Ut,`
`),Wt.exec(e)[1].length)}}},tn=class{constructor(e,t){this.value=e,this.length=t}},nn=`skip-to-content = Skip to content
nav-label = Main
nav-dashboard = Dashboard
nav-referrals = Referrals
nav-incoming = Incoming
nav-matches = Matches
nav-directory = Directory
nav-notifications = Notifications
language = Language
organisation = Organisation
sign-in = Sign in
sign-in-title = Sign in to Skupaj
sign-in-failed = The e-mail or the password is not right.
sign-out = Sign out
email = E-mail
password = Password
loading = Loading…
not-shared = Not shared with your organisation
not-found-title = Page not found
nothing-found = Nothing found.
any = Any
filters = Filters
action-filter = Apply filters
action-more = Show more
action-search = Search
action-reload = Reload
action-accept = Accept
action-decline = Decline
action-start = Start
action-hold = Put on hold
action-resume = Resume
action-complete = Complete
action-enrol = Enrol
action-show-matches = Show matches
action-mark-all-read = Mark all as read
action-done = Done: { $action }.
directory-title = Programmes and organisations
directory-intro = Programmes open to migrants and the organisations that run them: coworking and collaborative spaces, municipalities, NGOs and labour agencies.
programmes = Programmes
organisations = Organisations
search-programmes = Search programmes
places-left = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
starts-on = starts { $date }
childcare = childcare
interpretation = interpretation
dashboard-title = Dashboard
referrals-total = Referrals
referrals-overdue = Overdue
referrals-responded = Responded
median-first-response = Median time to first response
hours = { $hours } h
by-status = By status
latest-referrals = Latest referrals
all-referrals = All referrals
referrals-title = Referrals
incoming-title = Incoming referrals
referral-title = Referral
participant = Participant
participant-code = Participant code
status = Status
count = Count
need = Need
from = From
to = To
respond-by = Respond by
overdue = overdue
overdue-only = Overdue only
direction = Direction
incoming = Incoming
outgoing = Outgoing
municipality = Municipality
created-from = Created from
created-to = Created until
priority = Priority
reason = Reason
programme = Programme
decline-reason = Reason for declining
outcome = Outcome
comment = Comment
actions = Actions
history = History
when = When
what = What
by = By
notifications-title = Notifications
unread = unread
unread-count = { $count ->
    [one] { $count } unread notification
   *[other] { $count } unread notifications
}
open-referral = Open the referral
all-notifications = All notifications
matches-title = Programme matches
score = Score { $score }
waitlisted = On the waiting list, position { $position }
error-UNAUTHENTICATED = Please sign in again.
error-FORBIDDEN = This is not shared with your organisation.
error-NOT_FOUND = Not found, or not shared with you.
error-VALIDATION = Some of the input is not valid. Please check it.
error-CONSENT_REQUIRED = The participant has not given consent for this.
error-INVALID_TRANSITION = This step is not possible in the current status.
error-CONFLICT = Someone else changed this in the meantime. Reload to see the latest version.
error-CAPACITY = There are no places left.
error-RATE_LIMITED = Too many attempts. Please wait a few minutes.
error-INTERNAL = Something went wrong on the server. Please try again.
error-NETWORK = The server cannot be reached. Check the connection.
status-DRAFT = Draft
status-SENT = Sent
status-ACCEPTED = Accepted
status-IN_PROGRESS = In progress
status-ON_HOLD = On hold
status-COMPLETED = Completed
status-DECLINED = Declined
status-EXPIRED = Expired
status-REDIRECTED = Redirected
status-CANCELLED = Cancelled
need-EMPLOYMENT = Employment
need-EDUCATION = Education
need-LANGUAGE = Language
need-HOUSING = Housing
need-LEGAL = Legal
need-HEALTH = Health
need-SOCIAL = Social
need-MENTORSHIP = Mentorship
need-CHILDCARE = Childcare
priority-LOW = Low
priority-NORMAL = Normal
priority-HIGH = High
priority-URGENT = Urgent
decline-NO_CAPACITY = No capacity
decline-NOT_ELIGIBLE = Not eligible
decline-OUT_OF_AREA = Out of area
decline-PARTICIPANT_DECLINED = Participant declined
decline-OTHER = Other
outcome-SERVICE_PROVIDED = Service provided
outcome-ENROLLED = Enrolled
outcome-EMPLOYED = Employed
outcome-PARTICIPANT_WITHDREW = Participant withdrew
outcome-UNREACHABLE = Unreachable
outcome-OTHER = Other
enrolment-WAITLISTED = Waiting list
enrolment-ENROLLED = Enrolled
enrolment-COMPLETED = Completed
enrolment-WITHDRAWN = Withdrawn
enrolment-DROPPED_OUT = Dropped out
role-ORG_ADMIN = administrator
role-CASE_MANAGER = case manager
role-STAFF = staff
role-MENTOR = mentor
role-MEDIATOR = mediator
role-ANALYST = analyst
referral-action-CREATE = Created
referral-action-SEND = Sent
referral-action-ACCEPT = Accepted
referral-action-DECLINE = Declined
referral-action-START = Started
referral-action-HOLD = Put on hold
referral-action-RESUME = Resumed
referral-action-COMPLETE = Completed
referral-action-REDIRECT = Redirected
referral-action-CANCEL = Cancelled
referral-action-REOPEN = Reopened
referral-action-EXPIRE = Expired
notification-kind-REFERRAL_RECEIVED = Referral received
notification-kind-REFERRAL_ACCEPTED = Referral accepted
notification-kind-REFERRAL_DECLINED = Referral declined
notification-kind-REFERRAL_REDIRECTED = Referral redirected
notification-kind-REFERRAL_OVERDUE = Referral overdue
notification-kind-ENROLMENT_CONFIRMED = Enrolment confirmed
notification-kind-PROMOTED_FROM_WAITLIST = Place from the waiting list
notification-kind-SESSION_REMINDER = Session reminder
notification-kind-MEDIATION_REQUESTED = Mediation requested
notification-kind-CONSENT_EXPIRING = Consent expiring
notification-kind-FOLLOW_UP_DUE = Follow-up due
notification-kind-CASE_ASSIGNED = Case assigned to you
notification-kind-REFERRAL_ASSIGNED = Referral assigned to you
notification-kind-TASK_DUE = Task due
notification-kind-REFERRAL_RESPOND_BY_SOON = Referral to answer soon
notification-kind-REFERRAL_COMPLETED = Referral completed
notification-kind-REFERRAL_CANCELLED = Referral cancelled
notification-kind-REFERRAL_EXPIRED = Referral expired
notification-kind-PASSWORD_RESET = Password reset asked for
notification-kind-EMERGENCY_ACCESS_GRANTED = Emergency access granted
programme-kind-MENTORSHIP = Mentorship
programme-kind-VOCATIONAL_TRAINING = Vocational training
programme-kind-LANGUAGE_COURSE = Language course
programme-kind-ENTREPRENEURSHIP = Entrepreneurship
programme-kind-MAKER_WORKSHOP = Maker workshop
programme-kind-CULTURAL_ORIENTATION = Cultural orientation
programme-kind-NETWORKING_EVENT = Networking event
programme-kind-INTEGRATION_COURSE = Integration course
programme-kind-INTERNSHIP = Internship
programme-kind-CERTIFICATION = Certification
organisation-kind-CWCS = Coworking or collaborative space
organisation-kind-MUNICIPALITY = Municipality
organisation-kind-NGO = NGO
organisation-kind-LABOUR_AGENCY = Labour agency
organisation-kind-EDUCATION = Education
organisation-kind-COMPANY = Company
organisation-kind-COMMUNITY_ASSOCIATION = Community association
organisation-kind-SOCIAL_WORK_CENTRE = Social work centre
organisation-kind-HEALTH_CENTRE = Health centre
organisation-kind-YOUTH_CENTRE = Youth centre
organisation-kind-HOUSING_INITIATIVE = Housing initiative
organisation-kind-TRADE_UNION = Trade union
organisation-kind-OTHER = Other
nav-participants = Participants
participants-title = Participants
name = Name
register-participant = Register a participant
given-name = Given name
family-name = Family name
preferred-language = Preferred language
skills = Skills
interests = Interests
comma-separated = Skills and interests: separate them with commas.
action-register = Register
saved = Saved.
consents = Consents
consent-active = active
consent-withdrawn = withdrawn
consent-expired = expired
covers = Covers
covered-organisations = Also these organisations
field-groups = Shared data
action-withdraw = Withdraw
record-consent = Record consent
purpose = Purpose
method = How it was given
expires-on = Expires on
create-referral = Create a referral
send-now = Send it now
life-card = Life card
add-goal = Add a goal
life-domain = Area
goal = Goal
target-date = Target date
add-progress = Record progress
note = Note
date = Date
purpose-REFERRAL = Referrals
purpose-CASE_COORDINATION = Case coordination
purpose-PROGRAMME_ENROLMENT = Programme enrolment
purpose-STATISTICS = Statistics
method-WRITTEN = in writing
method-VERBAL = verbally
method-DIGITAL = digitally
field-group-IDENTITY = identity
field-group-CONTACT = contact
field-group-LEGAL = legal status
field-group-BACKGROUND = background
life-domain-EMPLOYMENT = Employment
life-domain-EDUCATION = Education
life-domain-LANGUAGE = Language
life-domain-HOUSING = Housing
life-domain-LEGAL = Legal
life-domain-HEALTH = Health
life-domain-SOCIAL = Social
goal-status-OPEN = open
goal-status-IN_PROGRESS = in progress
goal-status-ACHIEVED = achieved
goal-status-DROPPED = dropped
session-ended = Your session has ended
session-ended-hint = Sign in again to go on: what you typed on the page is kept; then send it again.
action-refer = Refer
referral-sent = Referral sent: open it
programme-matches-title = Best-matching participants for a programme
vacancies = Vacancies
referred-from-match = Referred from a match: { $title } (score { $score })
openings = { $count ->
    [one] { $count } opening
   *[other] { $count } openings
}
valid-until = until { $date }
places-open = places left
possible-duplicates = This person may already be registered by your organisation:
register-anyway = Register anyway
withheld-count = withheld (fewer than { $k } people, or would reveal such a count)
per-month-by-status = Referrals per month, by status
per-month-by-need = Referrals per month, by need
chart-figures = The figures
download-csv = Download CSV
month = Month
find-person = Find a person
find-person-hint = Name, reference code, birth year, phone or e-mail; capitals and accents do not matter.
reason-MATCHES_INTERESTS = Teaches { $what }, which they are interested in
reason-BUILDS_ON_SKILLS = Builds on skills they have: { $what }
reason-LABOUR_DEMAND = { $count ->
    [one] Nearby: { $count } open job for the occupations it trains for
   *[other] Nearby: { $count } open jobs for the occupations it trains for
}
reason-NO_LABOUR_DEMAND = No open jobs nearby for the occupations it trains for
reason-WITHIN_REACH = About { $count } km away in a straight line, within their travel distance
reason-DISTANCE_UNKNOWN = Distance unknown (a municipality is not recorded or not on the map)
reason-SETTING_AS_PREFERRED = In the kind of place (town or countryside) they prefer
reason-SETTING_NOT_PREFERRED = Not in the kind of place (town or countryside) they prefer
reason-TAUGHT_IN_THEIR_LANGUAGE = Taught in a language they speak ({ $value })
reason-INTERPRETATION_OFFERED = Not taught in a language they speak, but interpretation is offered
reason-NO_COMMON_LANGUAGE = Not taught in a language they speak, and no interpretation
reason-CHILDCARE_OFFERED = Offers the childcare they need
reason-NO_CHILDCARE = No childcare, which they need
reason-INTERPRETATION_NEEDED_AND_OFFERED = Offers the interpretation they need
reason-INTERPRETATION_NEEDED_NOT_OFFERED = No interpretation, which they need
reason-FULL = Full: they would join the waitlist
merge-heading = Merge a duplicate record
merge-code = Reference code of the other record
merge-help = Everything held about the other record of this person (consents, referrals, enrolments, life card, mentorships) moves here; the other record then opens this one.
action-merge = Merge into this record

nav-programmes = My programmes
my-programmes = Programmes we run
action-edit-programme = Edit { $title }
edit-programme = Edit the programme
capacity = Places
programme-status-DRAFT = Draft
programme-status-PUBLISHED = Published
programme-status-RUNNING = Running
programme-status-COMPLETED = Completed
programme-status-CANCELLED = Cancelled
programme-saved = { $promoted ->
    [0] Saved.
    [one] Saved. One person moved up from the waiting list.
   *[other] Saved. { $promoted } people moved up from the waiting list.
}
programme-places = Enrolled: { $enrolled } · waiting list: { $waitlisted }
programme-title-in-language = New title in this language (leave empty to keep it)
venue = Venue
programme-starts-on = First day
programme-ends-on = Last day
partners-may-add-sessions = Partner organisations may schedule, move and cancel sessions
action-save = Save
job-history = Programmes and jobs
history-programmes = Programmes, every cohort
history-jobs = Jobs
contract-PERMANENT = permanent
contract-FIXED_TERM = fixed term
contract-AGENCY_WORK = agency work
contract-SEASONAL = seasonal
contract-APPRENTICESHIP = apprenticeship
contract-SELF_EMPLOYED = self-employed
hours-per-week-value = { $hours } h a week
from-date = from { $date }
record-placement = Record a job
employer = Employer
occupation = Occupation
contract-type = Contract
hours-per-week = Hours a week
job-starts-on = First day of work
after-programme = After the programme
uses-training = Uses what the programme trained
action-record-placement = Record the job
notification-kind-SESSION_MOVED = Session moved
notification-kind-SESSION_CANCELLED = Session cancelled
reason-NEEDS_THEIR_SKILLS = Asks for skills they have: { $what }
reason-IN_THEIR_INTERESTS = In what they are interested in: { $what }
reason-TRAINED_FOR = They completed a programme training for it ({ $value })
reason-SPEAKS_REQUIRED_LANGUAGE = They speak the language it requires ({ $value })
reason-OPENINGS = { $count ->
    [one] { $count } opening
   *[other] { $count } openings
}
nav-caseload = My caseload
nav-tasks = My tasks
caseload-title = My caseload
caseload-hint = The people you are the case worker of. An organisation admin can hand a case to a colleague.
caseload-empty = No one is in your caseload yet.
tasks-title = My tasks
tasks-empty = You have no tasks.
task-title = Task
task-due = Due on
task-about = About
task-actions = Actions
task-overdue = overdue
task-participant = Participant
task-referral = Referral
task-complete = Mark done
task-complete-named = Mark “{ $title }” done
task-new = New task
task-create = Create the task
task-status-OPEN = Open
task-status-DONE = Done

nav-account = account
account-title = Your account
change-password-title = Change your password
current-password = Current password
new-password = New password
new-password-hint = At least 12 characters. A few words you remember are a good password.
repeat-password = New password again
change-password = Change password
passwords-differ = The two new passwords are not the same.
wrong-current-password = The current password is not right.
new-password-invalid = The new password must have 12 to 256 characters and differ from the current one.
password-changed = { $count ->
    [0] Your password is changed.
    [one] Your password is changed. One other session was signed out.
   *[other] Your password is changed. { $count } other sessions were signed out.
}
forgot-password-link = Forgot your password?
forgot-title = Reset your password
forgot-hint = Enter the e-mail address of your account. We send a link to choose a new password.
send-link = Send the link
reset-sent = If { $email } belongs to an account, an e-mail with a link is on its way. The link works once, for { $minutes } minutes.
back-to-sign-in = Back to sign-in
reset-title = Choose a new password
reset-button = Set the new password
reset-done = Your password is changed and every session was signed out. Sign in with the new password.
reset-invalid = This link does not work any more: it was used, has expired or was replaced by a newer one. Ask for a new link.
reset-no-token = Open this page with the link from the e-mail.

# A participant's data export
data-export-heading = Data held about this person
data-export-help = Everything held about this person, in one JSON file, for them to keep or take elsewhere (GDPR arts. 15 and 20). The download is recorded in the audit log.
action-download-data-export = Download data export
## The audit log (platform auditors) and erasing a participant
nav-audit-log = Audit log
audit-log-title = Audit log
audit-log-intro = Who did what to which record, and whether it was allowed. Times are in your time zone.
audit-user-id = User (id)
audit-organisation-id = Organisation (id)
audit-operation = Operation
audit-entity-type = Record type
audit-entity-id = Record (id)
audit-request-id = Request id
audit-outcome = Outcome
audit-from = From
audit-to = Until
audit-at = Time
audit-who = Who
audit-role = Role
audit-record = Record
audit-nobody = Nobody signed in
audit-table-caption = Audit log entries, newest first, page { $page }
audit-pages = Pages of the audit log
audit-outcome-ALLOWED = Allowed
audit-outcome-DENIED = Denied
audit-outcome-FAILED = Failed
action-previous-page = Previous page
action-next-page = Next page
action-cancel = Cancel
erase-heading = Erase participant
erase-help = Erasing removes every personal detail of this person from every record for good: name, contact, story, notes. Statuses and counts stay. Open referrals are cancelled. This cannot be undone.
erase-reason = Reason for erasing (kept in the audit log)
action-erase = Erase participant…
erase-confirm-heading = Erase participant { $code }?
erase-confirm-text = Every personal detail of this person is removed for good. This cannot be undone.
action-erase-confirm = Erase for good
erase-done = The participant was erased on { $at }. { $count ->
    [0] No open referral had to be cancelled.
    [one] One open referral was cancelled.
   *[other] { $count } open referrals were cancelled.
}
# Emergency access ("break-the-glass").
nav-emergency-access = Emergency access
emergency-access-title = Emergency access
emergency-access-intro = Temporary access to records outside the consent, granted to case workers of other organisations in an emergency. Every read under a grant is in the audit log with its reason. Times are in your time zone.
emergency-access-none = No emergency access has been granted.
emergency-table-caption = Emergency access grants, newest first, page { $page }
emergency-pages = Pages of emergency access grants
emergency-granted-at = Granted
emergency-expires-at = Ends
emergency-holder = Granted to
emergency-state = State
emergency-active = Active
emergency-ended = Ended
emergency-heading = Emergency access
emergency-warning = Only in an emergency: this opens the parts of the record the consent does not share with your organisation, for a limited time. The request and every read under it are logged with your reason, and the owning organisation's administrators and the auditors are notified at once.
emergency-reason = Why do you need access now?
emergency-reason-hint = { $min } to { $max } characters. Say what the emergency is, not who the person is.
emergency-reason-invalid = Write a reason of { $min } to { $max } characters.
emergency-refused = Emergency access needs an open referral between your organisation and the organisation that holds this record.
action-request-emergency-access = Request emergency access
emergency-granted = Emergency access granted until { $until }.
open-emergency-access = Open the emergency access grants
legal-status = Legal status
legal-status-ASYLUM_SEEKER = asylum seeker
legal-status-INTERNATIONAL_PROTECTION = international protection
legal-status-SUBSIDIARY_PROTECTION = subsidiary protection
legal-status-TEMPORARY_PROTECTION = temporary protection
legal-status-LABOUR_MIGRANT = work permit
legal-status-STUDENT = study permit
legal-status-RESIDENCE_PERMIT_PENDING = residence permit applied for
legal-status-OTHER = other
`,rn=`skip-to-content = Skoči na vsebino
nav-label = Glavni meni
nav-dashboard = Pregled
nav-referrals = Napotitve
nav-incoming = Prejete
nav-matches = Ujemanja
nav-directory = Imenik
nav-notifications = Obvestila
language = Jezik
organisation = Organizacija
sign-in = Prijava
sign-in-title = Prijava v Skupaj
sign-in-failed = E-pošta ali geslo ni pravilno.
sign-out = Odjava
email = E-pošta
password = Geslo
loading = Nalaganje …
not-shared = Ni deljeno z vašo organizacijo
not-found-title = Strani ni mogoče najti
nothing-found = Ni zadetkov.
any = Vse
filters = Filtri
action-filter = Uporabi filtre
action-more = Pokaži več
action-search = Išči
action-reload = Ponovno naloži
action-accept = Sprejmi
action-decline = Zavrni
action-start = Začni
action-hold = Zadrži
action-resume = Nadaljuj
action-complete = Zaključi
action-enrol = Vpiši
action-show-matches = Pokaži ujemanja
action-mark-all-read = Označi vse kot prebrano
action-done = Opravljeno: { $action }.
directory-title = Programi in organizacije
directory-intro = Programi, odprti za migrante, in organizacije, ki jih izvajajo: coworking in sodelovalni prostori, občine, nevladne organizacije in zavodi za zaposlovanje.
programmes = Programi
organisations = Organizacije
search-programmes = Iskanje programov
places-left = { $count ->
    [one] še { $count } prosto mesto
    [two] še { $count } prosti mesti
    [few] še { $count } prosta mesta
   *[other] še { $count } prostih mest
}
starts-on = začetek { $date }
childcare = varstvo otrok
interpretation = tolmačenje
dashboard-title = Pregled
referrals-total = Napotitve
referrals-overdue = Zamujene
referrals-responded = Odgovorjene
median-first-response = Mediana časa do prvega odziva
hours = { $hours } h
by-status = Po stanju
latest-referrals = Zadnje napotitve
all-referrals = Vse napotitve
referrals-title = Napotitve
incoming-title = Prejete napotitve
referral-title = Napotitev
participant = Udeleženec
participant-code = Šifra udeleženca
status = Stanje
count = Število
need = Potreba
from = Od
to = Za
respond-by = Odgovor do
overdue = zamuja
overdue-only = Samo zamujene
direction = Smer
incoming = Prejete
outgoing = Poslane
municipality = Občina
created-from = Ustvarjene od
created-to = Ustvarjene do
priority = Prednost
reason = Razlog
programme = Program
decline-reason = Razlog zavrnitve
outcome = Izid
comment = Komentar
actions = Dejanja
history = Zgodovina
when = Kdaj
what = Kaj
by = Kdo
notifications-title = Obvestila
unread = neprebrano
unread-count = Neprebrana obvestila: { $count }
open-referral = Odpri napotitev
all-notifications = Vsa obvestila
matches-title = Ujemanja s programi
score = Ocena { $score }
waitlisted = Na čakalnem seznamu, mesto { $position }
error-UNAUTHENTICATED = Prosimo, ponovno se prijavite.
error-FORBIDDEN = To ni deljeno z vašo organizacijo.
error-NOT_FOUND = Ni najdeno ali ni deljeno z vami.
error-VALIDATION = Nekateri podatki niso veljavni. Preverite jih.
error-CONSENT_REQUIRED = Udeleženec za to ni dal privolitve.
error-INVALID_TRANSITION = Ta korak v trenutnem stanju ni mogoč.
error-CONFLICT = Nekdo drug je to medtem spremenil. Ponovno naložite za najnovejšo različico.
error-CAPACITY = Prostih mest ni več.
error-RATE_LIMITED = Preveč poskusov. Počakajte nekaj minut.
error-INTERNAL = Na strežniku je prišlo do napake. Poskusite znova.
error-NETWORK = Strežnik ni dosegljiv. Preverite povezavo.
status-DRAFT = Osnutek
status-SENT = Poslana
status-ACCEPTED = Sprejeta
status-IN_PROGRESS = V teku
status-ON_HOLD = Zadržana
status-COMPLETED = Zaključena
status-DECLINED = Zavrnjena
status-EXPIRED = Potekla
status-REDIRECTED = Preusmerjena
status-CANCELLED = Preklicana
need-EMPLOYMENT = Zaposlitev
need-EDUCATION = Izobraževanje
need-LANGUAGE = Jezik
need-HOUSING = Stanovanje
need-LEGAL = Pravna pomoč
need-HEALTH = Zdravje
need-SOCIAL = Socialna pomoč
need-MENTORSHIP = Mentorstvo
need-CHILDCARE = Varstvo otrok
priority-LOW = Nizka
priority-NORMAL = Običajna
priority-HIGH = Visoka
priority-URGENT = Nujna
decline-NO_CAPACITY = Ni zmogljivosti
decline-NOT_ELIGIBLE = Ne izpolnjuje pogojev
decline-OUT_OF_AREA = Izven območja
decline-PARTICIPANT_DECLINED = Udeleženec je odklonil
decline-OTHER = Drugo
outcome-SERVICE_PROVIDED = Storitev izvedena
outcome-ENROLLED = Vpisan
outcome-EMPLOYED = Zaposlen
outcome-PARTICIPANT_WITHDREW = Udeleženec je odstopil
outcome-UNREACHABLE = Nedosegljiv
outcome-OTHER = Drugo
enrolment-WAITLISTED = Čakalni seznam
enrolment-ENROLLED = Vpisan
enrolment-COMPLETED = Zaključil
enrolment-WITHDRAWN = Izpisan
enrolment-DROPPED_OUT = Opustil
role-ORG_ADMIN = skrbnik
role-CASE_MANAGER = vodja primera
role-STAFF = osebje
role-MENTOR = mentor
role-MEDIATOR = mediator
role-ANALYST = analitik
referral-action-CREATE = Ustvarjena
referral-action-SEND = Poslana
referral-action-ACCEPT = Sprejeta
referral-action-DECLINE = Zavrnjena
referral-action-START = Začeta
referral-action-HOLD = Zadržana
referral-action-RESUME = Nadaljevana
referral-action-COMPLETE = Zaključena
referral-action-REDIRECT = Preusmerjena
referral-action-CANCEL = Preklicana
referral-action-REOPEN = Ponovno odprta
referral-action-EXPIRE = Potekla
notification-kind-REFERRAL_RECEIVED = Prejeta napotitev
notification-kind-REFERRAL_ACCEPTED = Napotitev sprejeta
notification-kind-REFERRAL_DECLINED = Napotitev zavrnjena
notification-kind-REFERRAL_REDIRECTED = Napotitev preusmerjena
notification-kind-REFERRAL_OVERDUE = Napotitev zamuja
notification-kind-ENROLMENT_CONFIRMED = Vpis potrjen
notification-kind-PROMOTED_FROM_WAITLIST = Mesto s čakalnega seznama
notification-kind-SESSION_REMINDER = Opomnik za srečanje
notification-kind-MEDIATION_REQUESTED = Prošnja za mediacijo
notification-kind-CONSENT_EXPIRING = Privolitev poteka
notification-kind-FOLLOW_UP_DUE = Čas za spremljanje
notification-kind-CASE_ASSIGNED = Dodeljen primer
notification-kind-REFERRAL_ASSIGNED = Dodeljena napotitev
notification-kind-TASK_DUE = Rok naloge
notification-kind-REFERRAL_RESPOND_BY_SOON = Napotitev čaka na odgovor
notification-kind-REFERRAL_COMPLETED = Napotitev zaključena
notification-kind-REFERRAL_CANCELLED = Napotitev preklicana
notification-kind-REFERRAL_EXPIRED = Napotitev potekla
notification-kind-PASSWORD_RESET = Zahtevana ponastavitev gesla
notification-kind-EMERGENCY_ACCESS_GRANTED = Odobren nujni dostop
programme-kind-MENTORSHIP = Mentorstvo
programme-kind-VOCATIONAL_TRAINING = Poklicno usposabljanje
programme-kind-LANGUAGE_COURSE = Jezikovni tečaj
programme-kind-ENTREPRENEURSHIP = Podjetništvo
programme-kind-MAKER_WORKSHOP = Izdelovalna delavnica
programme-kind-CULTURAL_ORIENTATION = Kulturna orientacija
programme-kind-NETWORKING_EVENT = Mreženje
programme-kind-INTEGRATION_COURSE = Tečaj vključevanja
programme-kind-INTERNSHIP = Praksa
programme-kind-CERTIFICATION = Certificiranje
organisation-kind-CWCS = Coworking ali sodelovalni prostor
organisation-kind-MUNICIPALITY = Občina
organisation-kind-NGO = Nevladna organizacija
organisation-kind-LABOUR_AGENCY = Zavod za zaposlovanje
organisation-kind-EDUCATION = Izobraževanje
organisation-kind-COMPANY = Podjetje
organisation-kind-COMMUNITY_ASSOCIATION = Skupnostno društvo
organisation-kind-SOCIAL_WORK_CENTRE = Center za socialno delo
organisation-kind-HEALTH_CENTRE = Zdravstveni dom
organisation-kind-YOUTH_CENTRE = Mladinski center
organisation-kind-HOUSING_INITIATIVE = Stanovanjska pobuda
organisation-kind-TRADE_UNION = Sindikat
organisation-kind-OTHER = Drugo
nav-participants = Udeleženci
participants-title = Udeleženci
name = Ime
register-participant = Vpis udeleženca
given-name = Ime
family-name = Priimek
preferred-language = Želeni jezik
skills = Veščine
interests = Interesi
comma-separated = Veščine in interese ločite z vejicami.
action-register = Vpiši
saved = Shranjeno.
consents = Privolitve
consent-active = veljavna
consent-withdrawn = preklicana
consent-expired = potekla
covers = Velja za
covered-organisations = Tudi te organizacije
field-groups = Deljeni podatki
action-withdraw = Prekliči
record-consent = Zabeleži privolitev
purpose = Namen
method = Način
expires-on = Poteče
create-referral = Ustvari napotitev
send-now = Pošlji takoj
life-card = Življenjska kartica
add-goal = Dodaj cilj
life-domain = Področje
goal = Cilj
target-date = Ciljni datum
add-progress = Zabeleži napredek
note = Opomba
date = Datum
purpose-REFERRAL = Napotitve
purpose-CASE_COORDINATION = Koordinacija primera
purpose-PROGRAMME_ENROLMENT = Vpis v programe
purpose-STATISTICS = Statistika
method-WRITTEN = pisno
method-VERBAL = ustno
method-DIGITAL = digitalno
field-group-IDENTITY = identiteta
field-group-CONTACT = stik
field-group-LEGAL = pravni status
field-group-BACKGROUND = ozadje
life-domain-EMPLOYMENT = Zaposlitev
life-domain-EDUCATION = Izobraževanje
life-domain-LANGUAGE = Jezik
life-domain-HOUSING = Stanovanje
life-domain-LEGAL = Pravno
life-domain-HEALTH = Zdravje
life-domain-SOCIAL = Socialno
goal-status-OPEN = odprt
goal-status-IN_PROGRESS = v teku
goal-status-ACHIEVED = dosežen
goal-status-DROPPED = opuščen
session-ended = Vaša seja je potekla
session-ended-hint = Za nadaljevanje se ponovno prijavite: vneseno na strani ostane; nato ga znova pošljite.
action-refer = Napoti
referral-sent = Napotitev poslana: odpri
programme-matches-title = Najbolj ustrezni udeleženci za program
vacancies = Prosta delovna mesta
referred-from-match = Napoteno iz ujemanja: { $title } (ocena { $score })
openings = prostih mest: { $count }
valid-until = do { $date }
places-open = še prosta mesta
possible-duplicates = Ta oseba je v vaši organizaciji morda že vpisana:
register-anyway = Vseeno vpiši
withheld-count = prikrito (manj kot { $k } oseb ali bi razkrilo tako število)
per-month-by-status = Napotitve po mesecih, po stanju
per-month-by-need = Napotitve po mesecih, po potrebi
chart-figures = Številke
download-csv = Prenesi CSV
month = Mesec
find-person = Poišči osebo
find-person-hint = Ime, referenčna koda, leto rojstva, telefon ali e-pošta; velike črke in strešice niso pomembne.
reason-MATCHES_INTERESTS = Poučuje { $what }, kar jih zanima
reason-BUILDS_ON_SKILLS = Nadgrajuje njihova znanja: { $what }
reason-LABOUR_DEMAND = V bližini { $count ->
    [one] je { $count } prosto delovno mesto
    [two] sta { $count } prosti delovni mesti
    [few] so { $count } prosta delovna mesta
   *[other] je { $count } prostih delovnih mest
} za poklice, za katere usposablja
reason-NO_LABOUR_DEMAND = V bližini ni prostih delovnih mest za poklice, za katere usposablja
reason-WITHIN_REACH = Približno { $count } km zračne razdalje, v dosegu njihove poti
reason-DISTANCE_UNKNOWN = Razdalja ni znana (občina ni vpisana ali je ni na zemljevidu)
reason-SETTING_AS_PREFERRED = V okolju (mesto ali podeželje), ki ga imajo raje
reason-SETTING_NOT_PREFERRED = Ni v okolju (mesto ali podeželje), ki ga imajo raje
reason-TAUGHT_IN_THEIR_LANGUAGE = Poteka v jeziku, ki ga govorijo ({ $value })
reason-INTERPRETATION_OFFERED = Ne poteka v jeziku, ki ga govorijo, a tolmačenje je zagotovljeno
reason-NO_COMMON_LANGUAGE = Ne poteka v jeziku, ki ga govorijo, in tolmačenja ni
reason-CHILDCARE_OFFERED = Nudi varstvo otrok, ki ga potrebujejo
reason-NO_CHILDCARE = Ni varstva otrok, ki ga potrebujejo
reason-INTERPRETATION_NEEDED_AND_OFFERED = Nudi tolmačenje, ki ga potrebujejo
reason-INTERPRETATION_NEEDED_NOT_OFFERED = Ni tolmačenja, ki ga potrebujejo
reason-FULL = Polno: uvrstili bi se na čakalni seznam
merge-heading = Združi podvojeni zapis
merge-code = Referenčna koda drugega zapisa
merge-help = Vse, kar je shranjeno v drugem zapisu te osebe (privolitve, napotitve, vpisi, življenjska kartica, mentorstva), se prenese sem; drugi zapis nato odpre tega.
action-merge = Združi v ta zapis

nav-programmes = Moji programi
my-programmes = Programi, ki jih izvajamo
action-edit-programme = Uredi { $title }
edit-programme = Uredi program
capacity = Mesta
programme-status-DRAFT = Osnutek
programme-status-PUBLISHED = Objavljen
programme-status-RUNNING = Poteka
programme-status-COMPLETED = Zaključen
programme-status-CANCELLED = Odpovedan
programme-saved = { $promoted ->
    [0] Shranjeno.
    [one] Shranjeno. Ena oseba se je premaknila s čakalnega seznama.
    [two] Shranjeno. Dve osebi sta se premaknili s čakalnega seznama.
    [few] Shranjeno. { $promoted } osebe so se premaknile s čakalnega seznama.
   *[other] Shranjeno. { $promoted } oseb se je premaknilo s čakalnega seznama.
}
programme-places = Vpisanih: { $enrolled } · čakalni seznam: { $waitlisted }
programme-title-in-language = Nov naslov v tem jeziku (prazno ga ohrani)
venue = Prizorišče
programme-starts-on = Prvi dan
programme-ends-on = Zadnji dan
partners-may-add-sessions = Partnerske organizacije smejo dodajati, prestavljati in odpovedovati srečanja
action-save = Shrani
job-history = Programi in zaposlitve
history-programmes = Programi, vse generacije
history-jobs = Zaposlitve
contract-PERMANENT = nedoločen čas
contract-FIXED_TERM = določen čas
contract-AGENCY_WORK = agencijsko delo
contract-SEASONAL = sezonsko delo
contract-APPRENTICESHIP = vajeništvo
contract-SELF_EMPLOYED = samozaposlitev
hours-per-week-value = { $hours } ur na teden
from-date = od { $date }
record-placement = Vpiši zaposlitev
employer = Delodajalec
occupation = Poklic
contract-type = Pogodba
hours-per-week = Ur na teden
job-starts-on = Prvi delovni dan
after-programme = Po programu
uses-training = Uporablja, kar je program naučil
action-record-placement = Vpiši zaposlitev
notification-kind-SESSION_MOVED = Srečanje prestavljeno
notification-kind-SESSION_CANCELLED = Srečanje odpovedano
reason-NEEDS_THEIR_SKILLS = Zahteva znanja, ki jih ima: { $what }
reason-IN_THEIR_INTERESTS = Med tem, kar jo zanima: { $what }
reason-TRAINED_FOR = Zaključila je program, ki usposablja zanj ({ $value })
reason-SPEAKS_REQUIRED_LANGUAGE = Govori zahtevani jezik ({ $value })
reason-OPENINGS = Prostih mest: { $count }
nav-caseload = Moji primeri
nav-tasks = Moje naloge
caseload-title = Moji primeri
caseload-hint = Ljudje, za katere ste strokovni delavec. Skrbnik organizacije lahko primer preda sodelavcu.
caseload-empty = Med vašimi primeri še ni nikogar.
tasks-title = Moje naloge
tasks-empty = Nimate nalog.
task-title = Naloga
task-due = Rok
task-about = Zadeva
task-actions = Dejanja
task-overdue = zamuja
task-participant = Udeleženec
task-referral = Napotitev
task-complete = Označi kot opravljeno
task-complete-named = Označi »{ $title }« kot opravljeno
task-new = Nova naloga
task-create = Ustvari nalogo
task-status-OPEN = Odprta
task-status-DONE = Opravljena

nav-account = račun
account-title = Vaš račun
change-password-title = Spremenite geslo
current-password = Trenutno geslo
new-password = Novo geslo
new-password-hint = Najmanj 12 znakov. Nekaj besed, ki si jih zapomnite, je dobro geslo.
repeat-password = Ponovite novo geslo
change-password = Spremeni geslo
passwords-differ = Novi gesli se ne ujemata.
wrong-current-password = Trenutno geslo ni pravilno.
new-password-invalid = Novo geslo mora imeti od 12 do 256 znakov in se razlikovati od trenutnega.
password-changed = { $count ->
    [0] Geslo je spremenjeno.
    [one] Geslo je spremenjeno. Ena druga seja je bila odjavljena.
    [two] Geslo je spremenjeno. Dve drugi seji sta bili odjavljeni.
    [few] Geslo je spremenjeno. { $count } druge seje so bile odjavljene.
   *[other] Geslo je spremenjeno. { $count } drugih sej je bilo odjavljenih.
}
forgot-password-link = Ste pozabili geslo?
forgot-title = Ponastavite geslo
forgot-hint = Vpišite e-poštni naslov svojega računa. Poslali vam bomo povezavo za izbiro novega gesla.
send-link = Pošlji povezavo
reset-sent = Če { $email } pripada računu, je e-pošta s povezavo na poti. Povezava deluje enkrat, { $minutes } minut.
back-to-sign-in = Nazaj na prijavo
reset-title = Izberite novo geslo
reset-button = Nastavi novo geslo
reset-done = Geslo je spremenjeno, vse seje so odjavljene. Prijavite se z novim geslom.
reset-invalid = Ta povezava ne deluje več: bila je že uporabljena, je potekla ali pa jo je nadomestila novejša. Zahtevajte novo povezavo.
reset-no-token = To stran odprite s povezavo iz e-pošte.

# A participant's data export
data-export-heading = Podatki o tej osebi
data-export-help = Vse, kar je shranjeno o tej osebi, v eni datoteki JSON, da jo obdrži ali odnese drugam (členi 15 in 20 GDPR). Prenos se zabeleži v revizijski dnevnik.
action-download-data-export = Prenesi izvoz podatkov
## Revizijska sled (platformni revizorji) in izbris udeleženca
nav-audit-log = Revizijska sled
audit-log-title = Revizijska sled
audit-log-intro = Kdo je kaj naredil s katerim zapisom in ali je bilo dovoljeno. Časi so v vašem časovnem pasu.
audit-user-id = Uporabnik (id)
audit-organisation-id = Organizacija (id)
audit-operation = Operacija
audit-entity-type = Vrsta zapisa
audit-entity-id = Zapis (id)
audit-request-id = Id zahteve
audit-outcome = Izid
audit-from = Od
audit-to = Do
audit-at = Čas
audit-who = Kdo
audit-role = Vloga
audit-record = Zapis
audit-nobody = Nihče ni bil prijavljen
audit-table-caption = Vnosi revizijske sledi, najnovejši najprej, stran { $page }
audit-pages = Strani revizijske sledi
audit-outcome-ALLOWED = Dovoljeno
audit-outcome-DENIED = Zavrnjeno
audit-outcome-FAILED = Neuspešno
action-previous-page = Prejšnja stran
action-next-page = Naslednja stran
action-cancel = Prekliči
erase-heading = Izbriši udeleženca
erase-help = Izbris za vedno odstrani vse osebne podatke te osebe iz vseh zapisov: ime, stike, zgodbo, zapiske. Statusi in štetja ostanejo. Odprte napotitve se prekličejo. Tega ni mogoče razveljaviti.
erase-reason = Razlog za izbris (ostane v revizijski sledi)
action-erase = Izbriši udeleženca …
erase-confirm-heading = Izbrišem udeleženca { $code }?
erase-confirm-text = Vsi osebni podatki te osebe bodo za vedno odstranjeni. Tega ni mogoče razveljaviti.
action-erase-confirm = Izbriši za vedno
erase-done = Udeleženec je bil izbrisan { $at }. { $count ->
    [0] Nobene odprte napotitve ni bilo treba preklicati.
    [one] Preklicana je bila ena odprta napotitev.
    [two] Preklicani sta bili { $count } odprti napotitvi.
    [few] Preklicane so bile { $count } odprte napotitve.
   *[other] Preklicanih je bilo { $count } odprtih napotitev.
}
# Nujni dostop ("break-the-glass").
nav-emergency-access = Nujni dostop
emergency-access-title = Nujni dostop
emergency-access-intro = Začasen dostop do zapisov zunaj soglasja, ki ga v nujnih primerih dobijo strokovni delavci drugih organizacij. Vsak vpogled v okviru dostopa je z razlogom zapisan v revizijski sledi. Časi so v vašem časovnem pasu.
emergency-access-none = Nujni dostop ni bil odobren nikomur.
emergency-table-caption = Odobreni nujni dostopi, najnovejši najprej, stran { $page }
emergency-pages = Strani odobrenih nujnih dostopov
emergency-granted-at = Odobren
emergency-expires-at = Poteče
emergency-holder = Odobren osebi
emergency-state = Stanje
emergency-active = Velja
emergency-ended = Potekel
emergency-heading = Nujni dostop
emergency-warning = Samo v nujnih primerih: za omejen čas odpre dele zapisa, ki jih soglasje z vašo organizacijo ne deli. Zahteva in vsak vpogled v okviru dostopa se zapišejo z vašim razlogom, skrbniki organizacije, ki ima zapis, in revizorji pa so takoj obveščeni.
emergency-reason = Zakaj dostop potrebujete zdaj?
emergency-reason-hint = Od { $min } do { $max } znakov. Napišite, kaj je nujno, ne, kdo je oseba.
emergency-reason-invalid = Napišite razlog z { $min } do { $max } znaki.
emergency-refused = Za nujni dostop mora med vašo organizacijo in organizacijo, ki ima ta zapis, obstajati odprta napotitev.
action-request-emergency-access = Zahtevaj nujni dostop
emergency-granted = Nujni dostop je odobren do { $until }.
open-emergency-access = Odpri odobrene nujne dostope
legal-status = Pravni status
legal-status-ASYLUM_SEEKER = prosilec za mednarodno zaščito
legal-status-INTERNATIONAL_PROTECTION = mednarodna zaščita
legal-status-SUBSIDIARY_PROTECTION = subsidiarna zaščita
legal-status-TEMPORARY_PROTECTION = začasna zaščita
legal-status-LABOUR_MIGRANT = dovoljenje za delo
legal-status-STUDENT = dovoljenje za študij
legal-status-RESIDENCE_PERMIT_PENDING = vložena vloga za dovoljenje za prebivanje
legal-status-OTHER = drugo
`,an=`skip-to-content = Перейти до вмісту
nav-label = Головне меню
nav-dashboard = Огляд
nav-referrals = Направлення
nav-incoming = Вхідні
nav-matches = Збіги
nav-directory = Довідник
nav-notifications = Сповіщення
language = Мова
organisation = Організація
sign-in = Увійти
sign-in-title = Вхід до Skupaj
sign-in-failed = Електронна пошта або пароль неправильні.
sign-out = Вийти
email = Електронна пошта
password = Пароль
loading = Завантаження…
not-shared = Не надано вашій організації
not-found-title = Сторінку не знайдено
nothing-found = Нічого не знайдено.
any = Будь-який
filters = Фільтри
action-filter = Застосувати фільтри
action-more = Показати більше
action-search = Шукати
action-reload = Оновити
action-accept = Прийняти
action-decline = Відхилити
action-start = Розпочати
action-hold = Призупинити
action-resume = Відновити
action-complete = Завершити
action-enrol = Записати
action-show-matches = Показати збіги
action-mark-all-read = Позначити всі як прочитані
action-done = Виконано: { $action }.
directory-title = Програми та організації
directory-intro = Програми, відкриті для мігрантів, і організації, що їх проводять: коворкінги та простори співпраці, муніципалітети, громадські організації та служби зайнятості.
programmes = Програми
organisations = Організації
search-programmes = Пошук програм
places-left = { $count ->
    [one] залишилося { $count } місце
    [few] залишилося { $count } місця
   *[other] залишилося { $count } місць
}
starts-on = початок { $date }
childcare = догляд за дітьми
interpretation = усний переклад
dashboard-title = Огляд
referrals-total = Направлення
referrals-overdue = Прострочені
referrals-responded = З відповіддю
median-first-response = Медіана часу до першої відповіді
hours = { $hours } год
by-status = За статусом
latest-referrals = Останні направлення
all-referrals = Усі направлення
referrals-title = Направлення
incoming-title = Вхідні направлення
referral-title = Направлення
participant = Учасник
participant-code = Код учасника
status = Статус
count = Кількість
need = Потреба
from = Від
to = Кому
respond-by = Відповісти до
overdue = прострочено
overdue-only = Лише прострочені
direction = Напрямок
incoming = Вхідні
outgoing = Вихідні
municipality = Муніципалітет
created-from = Створено від
created-to = Створено до
priority = Пріоритет
reason = Причина
programme = Програма
decline-reason = Причина відмови
outcome = Результат
comment = Коментар
actions = Дії
history = Історія
when = Коли
what = Що
by = Хто
notifications-title = Сповіщення
unread = непрочитане
unread-count = Непрочитаних сповіщень: { $count }
open-referral = Відкрити направлення
all-notifications = Усі сповіщення
matches-title = Відповідні програми
score = Оцінка { $score }
waitlisted = У списку очікування, місце { $position }
error-UNAUTHENTICATED = Будь ласка, увійдіть знову.
error-FORBIDDEN = Це не надано вашій організації.
error-NOT_FOUND = Не знайдено або не надано вам.
error-VALIDATION = Деякі дані недійсні. Перевірте їх.
error-CONSENT_REQUIRED = Учасник не дав на це згоди.
error-INVALID_TRANSITION = Цей крок неможливий у поточному статусі.
error-CONFLICT = Хтось інший тим часом це змінив. Оновіть, щоб побачити останню версію.
error-CAPACITY = Вільних місць немає.
error-RATE_LIMITED = Забагато спроб. Зачекайте кілька хвилин.
error-INTERNAL = На сервері сталася помилка. Спробуйте ще раз.
error-NETWORK = Сервер недоступний. Перевірте з'єднання.
status-DRAFT = Чернетка
status-SENT = Надіслано
status-ACCEPTED = Прийнято
status-IN_PROGRESS = Виконується
status-ON_HOLD = Призупинено
status-COMPLETED = Завершено
status-DECLINED = Відхилено
status-EXPIRED = Термін минув
status-REDIRECTED = Переспрямовано
status-CANCELLED = Скасовано
need-EMPLOYMENT = Працевлаштування
need-EDUCATION = Освіта
need-LANGUAGE = Мова
need-HOUSING = Житло
need-LEGAL = Правова допомога
need-HEALTH = Здоров'я
need-SOCIAL = Соціальна допомога
need-MENTORSHIP = Наставництво
need-CHILDCARE = Догляд за дітьми
priority-LOW = Низький
priority-NORMAL = Звичайний
priority-HIGH = Високий
priority-URGENT = Терміновий
decline-NO_CAPACITY = Немає місць
decline-NOT_ELIGIBLE = Не відповідає умовам
decline-OUT_OF_AREA = Поза зоною обслуговування
decline-PARTICIPANT_DECLINED = Учасник відмовився
decline-OTHER = Інше
outcome-SERVICE_PROVIDED = Послугу надано
outcome-ENROLLED = Зараховано
outcome-EMPLOYED = Працевлаштовано
outcome-PARTICIPANT_WITHDREW = Учасник вибув
outcome-UNREACHABLE = Не вдалося зв'язатися
outcome-OTHER = Інше
enrolment-WAITLISTED = Список очікування
enrolment-ENROLLED = Зараховано
enrolment-COMPLETED = Завершено
enrolment-WITHDRAWN = Відкликано
enrolment-DROPPED_OUT = Вибув
role-ORG_ADMIN = адміністратор
role-CASE_MANAGER = кейс-менеджер
role-STAFF = працівник
role-MENTOR = наставник
role-MEDIATOR = медіатор
role-ANALYST = аналітик
referral-action-CREATE = Створено
referral-action-SEND = Надіслано
referral-action-ACCEPT = Прийнято
referral-action-DECLINE = Відхилено
referral-action-START = Розпочато
referral-action-HOLD = Призупинено
referral-action-RESUME = Відновлено
referral-action-COMPLETE = Завершено
referral-action-REDIRECT = Переспрямовано
referral-action-CANCEL = Скасовано
referral-action-REOPEN = Відкрито знову
referral-action-EXPIRE = Термін минув
notification-kind-REFERRAL_RECEIVED = Отримано направлення
notification-kind-REFERRAL_ACCEPTED = Направлення прийнято
notification-kind-REFERRAL_DECLINED = Направлення відхилено
notification-kind-REFERRAL_REDIRECTED = Направлення переспрямовано
notification-kind-REFERRAL_OVERDUE = Направлення прострочено
notification-kind-ENROLMENT_CONFIRMED = Запис підтверджено
notification-kind-PROMOTED_FROM_WAITLIST = Місце зі списку очікування
notification-kind-SESSION_REMINDER = Нагадування про заняття
notification-kind-MEDIATION_REQUESTED = Запит на медіацію
notification-kind-CONSENT_EXPIRING = Згода спливає
notification-kind-FOLLOW_UP_DUE = Час для подальшого контакту
notification-kind-CASE_ASSIGNED = Призначений випадок
notification-kind-REFERRAL_ASSIGNED = Призначене направлення
notification-kind-TASK_DUE = Термін завдання
notification-kind-REFERRAL_RESPOND_BY_SOON = Направлення чекає на відповідь
notification-kind-REFERRAL_COMPLETED = Направлення завершено
notification-kind-REFERRAL_CANCELLED = Направлення скасовано
notification-kind-REFERRAL_EXPIRED = Термін направлення минув
notification-kind-PASSWORD_RESET = Запит на скидання пароля
notification-kind-EMERGENCY_ACCESS_GRANTED = Надано екстрений доступ
programme-kind-MENTORSHIP = Наставництво
programme-kind-VOCATIONAL_TRAINING = Професійне навчання
programme-kind-LANGUAGE_COURSE = Мовний курс
programme-kind-ENTREPRENEURSHIP = Підприємництво
programme-kind-MAKER_WORKSHOP = Майстерня
programme-kind-CULTURAL_ORIENTATION = Культурна орієнтація
programme-kind-NETWORKING_EVENT = Нетворкінг
programme-kind-INTEGRATION_COURSE = Курс інтеграції
programme-kind-INTERNSHIP = Стажування
programme-kind-CERTIFICATION = Сертифікація
organisation-kind-CWCS = Коворкінг або простір співпраці
organisation-kind-MUNICIPALITY = Муніципалітет
organisation-kind-NGO = Громадська організація
organisation-kind-LABOUR_AGENCY = Служба зайнятості
organisation-kind-EDUCATION = Освіта
organisation-kind-COMPANY = Компанія
organisation-kind-COMMUNITY_ASSOCIATION = Громадське об'єднання
organisation-kind-SOCIAL_WORK_CENTRE = Центр соціальної роботи
organisation-kind-HEALTH_CENTRE = Медичний центр
organisation-kind-YOUTH_CENTRE = Молодіжний центр
organisation-kind-HOUSING_INITIATIVE = Житлова ініціатива
organisation-kind-TRADE_UNION = Профспілка
organisation-kind-OTHER = Інше
nav-participants = Учасники
participants-title = Учасники
name = Ім'я
register-participant = Зареєструвати учасника
given-name = Ім'я
family-name = Прізвище
preferred-language = Бажана мова
skills = Навички
interests = Інтереси
comma-separated = Навички та інтереси розділяйте комами.
action-register = Зареєструвати
saved = Збережено.
consents = Згоди
consent-active = чинна
consent-withdrawn = відкликана
consent-expired = закінчилася
covers = Охоплює
covered-organisations = Також ці організації
field-groups = Дані, що надаються
action-withdraw = Відкликати
record-consent = Записати згоду
purpose = Мета
method = Спосіб
expires-on = Діє до
create-referral = Створити направлення
send-now = Надіслати зараз
life-card = Життєва картка
add-goal = Додати ціль
life-domain = Сфера
goal = Ціль
target-date = Цільова дата
add-progress = Записати прогрес
note = Примітка
date = Дата
purpose-REFERRAL = Направлення
purpose-CASE_COORDINATION = Координація випадку
purpose-PROGRAMME_ENROLMENT = Запис на програми
purpose-STATISTICS = Статистика
method-WRITTEN = письмово
method-VERBAL = усно
method-DIGITAL = цифрово
field-group-IDENTITY = особа
field-group-CONTACT = контакти
field-group-LEGAL = правовий статус
field-group-BACKGROUND = біографія
life-domain-EMPLOYMENT = Працевлаштування
life-domain-EDUCATION = Освіта
life-domain-LANGUAGE = Мова
life-domain-HOUSING = Житло
life-domain-LEGAL = Правові питання
life-domain-HEALTH = Здоров'я
life-domain-SOCIAL = Соціальне
goal-status-OPEN = відкрита
goal-status-IN_PROGRESS = виконується
goal-status-ACHIEVED = досягнута
goal-status-DROPPED = скасована
session-ended = Ваш сеанс завершився
session-ended-hint = Увійдіть знову, щоб продовжити: введене на сторінці збережено; потім надішліть його ще раз.
action-refer = Направити
referral-sent = Направлення надіслано: відкрити
programme-matches-title = Найкращі учасники для програми
vacancies = Вакансії
referred-from-match = Направлено за збігом: { $title } (оцінка { $score })
openings = вакансій: { $count }
valid-until = до { $date }
places-open = є вільні місця
possible-duplicates = Можливо, ця людина вже зареєстрована вашою організацією:
register-anyway = Усе одно зареєструвати
withheld-count = приховано (менше ніж { $k } осіб або розкрило б таке число)
per-month-by-status = Направлення за місяцями, за станом
per-month-by-need = Направлення за місяцями, за потребою
chart-figures = Цифри
download-csv = Завантажити CSV
month = Місяць
find-person = Знайти особу
find-person-hint = Ім’я, код, рік народження, телефон або e-mail; великі літери й діакритика не важливі.
reason-MATCHES_INTERESTS = Навчає { $what }, що їх цікавить
reason-BUILDS_ON_SKILLS = Розвиває їхні навички: { $what }
reason-LABOUR_DEMAND = Поруч { $count ->
    [one] { $count } вакансія
    [few] { $count } вакансії
   *[other] { $count } вакансій
} за професіями, до яких готує
reason-NO_LABOUR_DEMAND = Поруч немає вакансій за професіями, до яких готує
reason-WITHIN_REACH = Приблизно { $count } км по прямій, у межах їхньої відстані
reason-DISTANCE_UNKNOWN = Відстань невідома (громаду не вказано або її немає на мапі)
reason-SETTING_AS_PREFERRED = У місцевості (місто чи село), якій вони надають перевагу
reason-SETTING_NOT_PREFERRED = Не в місцевості (місто чи село), якій вони надають перевагу
reason-TAUGHT_IN_THEIR_LANGUAGE = Викладається мовою, якою вони володіють ({ $value })
reason-INTERPRETATION_OFFERED = Викладається не їхньою мовою, але є усний переклад
reason-NO_COMMON_LANGUAGE = Викладається не їхньою мовою, і перекладу немає
reason-CHILDCARE_OFFERED = Є догляд за дітьми, який їм потрібен
reason-NO_CHILDCARE = Немає догляду за дітьми, який їм потрібен
reason-INTERPRETATION_NEEDED_AND_OFFERED = Є усний переклад, який їм потрібен
reason-INTERPRETATION_NEEDED_NOT_OFFERED = Немає усного перекладу, який їм потрібен
reason-FULL = Місць немає: вони потраплять до списку очікування
merge-heading = Об'єднати дубльований запис
merge-code = Референсний код іншого запису
merge-help = Усе, що зберігається в іншому записі цієї особи (згоди, направлення, зарахування, життєва картка, наставництва), переходить сюди; інший запис потім відкриває цей.
action-merge = Об'єднати в цей запис

nav-programmes = Мої програми
my-programmes = Програми, які ми проводимо
action-edit-programme = Редагувати { $title }
edit-programme = Редагувати програму
capacity = Місця
programme-status-DRAFT = Чернетка
programme-status-PUBLISHED = Опубліковано
programme-status-RUNNING = Триває
programme-status-COMPLETED = Завершено
programme-status-CANCELLED = Скасовано
programme-saved = { $promoted ->
    [0] Збережено.
    [one] Збережено. { $promoted } людина перейшла зі списку очікування.
    [few] Збережено. { $promoted } людини перейшли зі списку очікування.
   *[other] Збережено. { $promoted } людей перейшли зі списку очікування.
}
programme-places = Зараховано: { $enrolled } · список очікування: { $waitlisted }
programme-title-in-language = Нова назва цією мовою (залиште порожнім, щоб не змінювати)
venue = Місце проведення
programme-starts-on = Перший день
programme-ends-on = Останній день
partners-may-add-sessions = Організації-партнери можуть додавати, переносити й скасовувати заняття
action-save = Зберегти
job-history = Програми та робота
history-programmes = Програми, усі набори
history-jobs = Робота
contract-PERMANENT = безстроковий
contract-FIXED_TERM = строковий
contract-AGENCY_WORK = через агенцію
contract-SEASONAL = сезонний
contract-APPRENTICESHIP = учнівство
contract-SELF_EMPLOYED = самозайнятість
hours-per-week-value = { $hours } год на тиждень
from-date = з { $date }
record-placement = Записати роботу
employer = Роботодавець
occupation = Професія
contract-type = Договір
hours-per-week = Годин на тиждень
job-starts-on = Перший робочий день
after-programme = Після програми
uses-training = Використовує те, чого навчила програма
action-record-placement = Записати роботу
notification-kind-SESSION_MOVED = Заняття перенесено
notification-kind-SESSION_CANCELLED = Заняття скасовано
reason-NEEDS_THEIR_SKILLS = Потребує навичок, які в них є: { $what }
reason-IN_THEIR_INTERESTS = Серед того, що їх цікавить: { $what }
reason-TRAINED_FOR = Вони завершили програму, яка готує до цього ({ $value })
reason-SPEAKS_REQUIRED_LANGUAGE = Вони володіють потрібною мовою ({ $value })
reason-OPENINGS = Вакантних місць: { $count }
nav-caseload = Мої випадки
nav-tasks = Мої завдання
caseload-title = Мої випадки
caseload-hint = Люди, для яких ви є соціальним працівником. Адміністратор організації може передати випадок колезі.
caseload-empty = У вашому списку випадків ще нікого немає.
tasks-title = Мої завдання
tasks-empty = У вас немає завдань.
task-title = Завдання
task-due = Термін
task-about = Стосується
task-actions = Дії
task-overdue = прострочено
task-participant = Учасник
task-referral = Направлення
task-complete = Позначити виконаним
task-complete-named = Позначити «{ $title }» виконаним
task-new = Нове завдання
task-create = Створити завдання
task-status-OPEN = Відкрите
task-status-DONE = Виконане

nav-account = обліковий запис
account-title = Ваш обліковий запис
change-password-title = Змініть пароль
current-password = Поточний пароль
new-password = Новий пароль
new-password-hint = Щонайменше 12 символів. Кілька слів, які ви пам’ятаєте, — добрий пароль.
repeat-password = Новий пароль ще раз
change-password = Змінити пароль
passwords-differ = Нові паролі не збігаються.
wrong-current-password = Поточний пароль неправильний.
new-password-invalid = Новий пароль має містити від 12 до 256 символів і відрізнятися від поточного.
password-changed = { $count ->
    [0] Пароль змінено.
    [one] Пароль змінено. Ще один сеанс завершено.
    [few] Пароль змінено. Завершено ще { $count } сеанси.
   *[other] Пароль змінено. Завершено ще { $count } сеансів.
}
forgot-password-link = Забули пароль?
forgot-title = Скидання пароля
forgot-hint = Введіть адресу електронної пошти вашого облікового запису. Ми надішлемо посилання для вибору нового пароля.
send-link = Надіслати посилання
reset-sent = Якщо { $email } належить обліковому запису, лист із посиланням уже в дорозі. Посилання діє один раз, { $minutes } хвилин.
back-to-sign-in = Назад до входу
reset-title = Виберіть новий пароль
reset-button = Встановити новий пароль
reset-done = Пароль змінено, усі сеанси завершено. Увійдіть із новим паролем.
reset-invalid = Це посилання більше не діє: його вже використано, термін минув або його замінило новіше. Попросіть нове посилання.
reset-no-token = Відкрийте цю сторінку за посиланням із листа.

# A participant's data export
data-export-heading = Дані про цю особу
data-export-help = Усе, що зберігається про цю особу, в одному файлі JSON, щоб вона могла зберегти його або передати деінде (статті 15 і 20 GDPR). Завантаження записується в журнал аудиту.
action-download-data-export = Завантажити експорт даних
## Журнал аудиту (аудитори платформи) і стирання учасника
nav-audit-log = Журнал аудиту
audit-log-title = Журнал аудиту
audit-log-intro = Хто що зробив з яким записом і чи було це дозволено. Час вказано у вашому часовому поясі.
audit-user-id = Користувач (id)
audit-organisation-id = Організація (id)
audit-operation = Операція
audit-entity-type = Тип запису
audit-entity-id = Запис (id)
audit-request-id = Id запиту
audit-outcome = Результат
audit-from = Від
audit-to = До
audit-at = Час
audit-who = Хто
audit-role = Роль
audit-record = Запис
audit-nobody = Ніхто не ввійшов
audit-table-caption = Записи журналу аудиту, найновіші спочатку, сторінка { $page }
audit-pages = Сторінки журналу аудиту
audit-outcome-ALLOWED = Дозволено
audit-outcome-DENIED = Відмовлено
audit-outcome-FAILED = Не вдалося
action-previous-page = Попередня сторінка
action-next-page = Наступна сторінка
action-cancel = Скасувати
erase-heading = Стерти учасника
erase-help = Стирання назавжди видаляє всі персональні дані цієї особи з усіх записів: ім'я, контакти, історію, нотатки. Статуси й підрахунки залишаються. Відкриті направлення скасовуються. Це неможливо скасувати.
erase-reason = Причина стирання (зберігається в журналі аудиту)
action-erase = Стерти учасника…
erase-confirm-heading = Стерти учасника { $code }?
erase-confirm-text = Усі персональні дані цієї особи буде видалено назавжди. Це неможливо скасувати.
action-erase-confirm = Стерти назавжди
erase-done = Учасника стерто { $at }. { $count ->
    [0] Жодне відкрите направлення не довелося скасовувати.
    [one] Скасовано { $count } відкрите направлення.
    [few] Скасовано { $count } відкриті направлення.
   *[other] Скасовано { $count } відкритих направлень.
}
# Екстрений доступ ("break-the-glass").
nav-emergency-access = Екстрений доступ
emergency-access-title = Екстрений доступ
emergency-access-intro = Тимчасовий доступ до записів поза згодою, який у надзвичайних ситуаціях надають соціальним працівникам інших організацій. Кожен перегляд у межах доступу записано в журналі аудиту з причиною. Час указано у вашому часовому поясі.
emergency-access-none = Екстрений доступ ще нікому не надавали.
emergency-table-caption = Надані екстрені доступи, спершу найновіші, сторінка { $page }
emergency-pages = Сторінки наданих екстрених доступів
emergency-granted-at = Надано
emergency-expires-at = Закінчується
emergency-holder = Кому надано
emergency-state = Стан
emergency-active = Діє
emergency-ended = Закінчився
emergency-heading = Екстрений доступ
emergency-warning = Лише в надзвичайній ситуації: на обмежений час відкриває частини запису, якими згода не ділиться з вашою організацією. Запит і кожен перегляд у його межах записуються з вашою причиною, а адміністраторів організації, якій належить запис, та аудиторів одразу сповіщають.
emergency-reason = Навіщо вам потрібен доступ зараз?
emergency-reason-hint = Від { $min } до { $max } символів. Напишіть, у чому надзвичайна ситуація, а не хто ця особа.
emergency-reason-invalid = Напишіть причину довжиною від { $min } до { $max } символів.
emergency-refused = Для екстреного доступу потрібне відкрите направлення між вашою організацією та організацією, якій належить цей запис.
action-request-emergency-access = Запросити екстрений доступ
emergency-granted = Екстрений доступ надано до { $until }.
open-emergency-access = Відкрити надані екстрені доступи
legal-status = Правовий статус
legal-status-ASYLUM_SEEKER = шукач притулку
legal-status-INTERNATIONAL_PROTECTION = міжнародний захист
legal-status-SUBSIDIARY_PROTECTION = додатковий захист
legal-status-TEMPORARY_PROTECTION = тимчасовий захист
legal-status-LABOUR_MIGRANT = дозвіл на роботу
legal-status-STUDENT = дозвіл на навчання
legal-status-RESIDENCE_PERMIT_PENDING = подано заяву на дозвіл на проживання
legal-status-OTHER = інше
`,on=`skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-dashboard = لوحة المتابعة
nav-referrals = الإحالات
nav-incoming = الواردة
nav-matches = المطابقات
nav-directory = الدليل
nav-notifications = الإشعارات
language = اللغة
organisation = المنظمة
sign-in = تسجيل الدخول
sign-in-title = تسجيل الدخول إلى Skupaj
sign-in-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
sign-out = تسجيل الخروج
email = البريد الإلكتروني
password = كلمة المرور
loading = جارٍ التحميل…
not-shared = غير مُشارَك مع منظمتك
not-found-title = الصفحة غير موجودة
nothing-found = لا توجد نتائج.
any = الكل
filters = عوامل التصفية
action-filter = تطبيق التصفية
action-more = عرض المزيد
action-search = بحث
action-reload = إعادة التحميل
action-accept = قبول
action-decline = رفض
action-start = بدء
action-hold = تعليق
action-resume = استئناف
action-complete = إكمال
action-enrol = تسجيل
action-show-matches = عرض المطابقات
action-mark-all-read = تعليم الكل كمقروء
action-done = تم: { $action }.
directory-title = البرامج والمنظمات
directory-intro = برامج مفتوحة للمهاجرين والمنظمات التي تديرها: مساحات العمل المشترك والتعاون، والبلديات، والمنظمات غير الحكومية، ووكالات التوظيف.
programmes = البرامج
organisations = المنظمات
search-programmes = البحث في البرامج
places-left = { $count ->
    [zero] لا أماكن متبقية
    [one] مكان واحد متبقٍ
    [two] مكانان متبقيان
    [few] { $count } أماكن متبقية
   *[other] { $count } مكانًا متبقيًا
}
starts-on = يبدأ في { $date }
childcare = رعاية الأطفال
interpretation = ترجمة شفوية
dashboard-title = لوحة المتابعة
referrals-total = الإحالات
referrals-overdue = متأخرة
referrals-responded = تم الرد عليها
median-first-response = الوسيط الزمني لأول رد
hours = { $hours } ساعة
by-status = حسب الحالة
latest-referrals = أحدث الإحالات
all-referrals = جميع الإحالات
referrals-title = الإحالات
incoming-title = الإحالات الواردة
referral-title = إحالة
participant = المشارك
participant-code = رمز المشارك
status = الحالة
count = العدد
need = الحاجة
from = من
to = إلى
respond-by = الرد قبل
overdue = متأخرة
overdue-only = المتأخرة فقط
direction = الاتجاه
incoming = الواردة
outgoing = الصادرة
municipality = البلدية
created-from = أُنشئت من
created-to = أُنشئت حتى
priority = الأولوية
reason = السبب
programme = البرنامج
decline-reason = سبب الرفض
outcome = النتيجة
comment = تعليق
actions = الإجراءات
history = السجل
when = متى
what = ماذا
by = بواسطة
notifications-title = الإشعارات
unread = غير مقروء
unread-count = الإشعارات غير المقروءة: { $count }
open-referral = فتح الإحالة
all-notifications = جميع الإشعارات
matches-title = البرامج المطابقة
score = الدرجة { $score }
waitlisted = في قائمة الانتظار، الترتيب { $position }
error-UNAUTHENTICATED = يرجى تسجيل الدخول مرة أخرى.
error-FORBIDDEN = هذا غير مُشارَك مع منظمتك.
error-NOT_FOUND = غير موجود أو غير مُشارَك معك.
error-VALIDATION = بعض البيانات غير صالحة. يرجى التحقق منها.
error-CONSENT_REQUIRED = لم يوافق المشارك على ذلك.
error-INVALID_TRANSITION = هذه الخطوة غير ممكنة في الحالة الحالية.
error-CONFLICT = قام شخص آخر بتغيير هذا في الأثناء. أعد التحميل لرؤية أحدث نسخة.
error-CAPACITY = لا توجد أماكن متبقية.
error-RATE_LIMITED = محاولات كثيرة جدًا. يرجى الانتظار بضع دقائق.
error-INTERNAL = حدث خطأ في الخادم. يرجى المحاولة مرة أخرى.
error-NETWORK = لا يمكن الوصول إلى الخادم. تحقق من الاتصال.
status-DRAFT = مسودة
status-SENT = مُرسلة
status-ACCEPTED = مقبولة
status-IN_PROGRESS = قيد التنفيذ
status-ON_HOLD = معلّقة
status-COMPLETED = مكتملة
status-DECLINED = مرفوضة
status-EXPIRED = منتهية
status-REDIRECTED = مُحوّلة
status-CANCELLED = ملغاة
need-EMPLOYMENT = العمل
need-EDUCATION = التعليم
need-LANGUAGE = اللغة
need-HOUSING = السكن
need-LEGAL = المساعدة القانونية
need-HEALTH = الصحة
need-SOCIAL = المساعدة الاجتماعية
need-MENTORSHIP = الإرشاد
need-CHILDCARE = رعاية الأطفال
priority-LOW = منخفضة
priority-NORMAL = عادية
priority-HIGH = عالية
priority-URGENT = عاجلة
decline-NO_CAPACITY = لا توجد قدرة استيعابية
decline-NOT_ELIGIBLE = غير مؤهل
decline-OUT_OF_AREA = خارج النطاق الجغرافي
decline-PARTICIPANT_DECLINED = رفض المشارك
decline-OTHER = أخرى
outcome-SERVICE_PROVIDED = قُدّمت الخدمة
outcome-ENROLLED = مسجّل
outcome-EMPLOYED = حصل على عمل
outcome-PARTICIPANT_WITHDREW = انسحب المشارك
outcome-UNREACHABLE = تعذّر التواصل
outcome-OTHER = أخرى
enrolment-WAITLISTED = قائمة الانتظار
enrolment-ENROLLED = مسجّل
enrolment-COMPLETED = أكمل
enrolment-WITHDRAWN = انسحب
enrolment-DROPPED_OUT = انقطع
role-ORG_ADMIN = مسؤول
role-CASE_MANAGER = مدير حالة
role-STAFF = موظف
role-MENTOR = مرشد
role-MEDIATOR = وسيط
role-ANALYST = محلل
referral-action-CREATE = أُنشئت
referral-action-SEND = أُرسلت
referral-action-ACCEPT = قُبلت
referral-action-DECLINE = رُفضت
referral-action-START = بدأت
referral-action-HOLD = عُلّقت
referral-action-RESUME = استؤنفت
referral-action-COMPLETE = اكتملت
referral-action-REDIRECT = حُوّلت
referral-action-CANCEL = أُلغيت
referral-action-REOPEN = أعيد فتحها
referral-action-EXPIRE = انتهت
notification-kind-REFERRAL_RECEIVED = إحالة واردة
notification-kind-REFERRAL_ACCEPTED = قُبلت الإحالة
notification-kind-REFERRAL_DECLINED = رُفضت الإحالة
notification-kind-REFERRAL_REDIRECTED = حُوّلت الإحالة
notification-kind-REFERRAL_OVERDUE = إحالة متأخرة
notification-kind-ENROLMENT_CONFIRMED = تأكيد التسجيل
notification-kind-PROMOTED_FROM_WAITLIST = مكان من قائمة الانتظار
notification-kind-SESSION_REMINDER = تذكير بجلسة
notification-kind-MEDIATION_REQUESTED = طلب وساطة
notification-kind-CONSENT_EXPIRING = الموافقة على وشك الانتهاء
notification-kind-FOLLOW_UP_DUE = موعد المتابعة
notification-kind-CASE_ASSIGNED = حالة مسندة إليك
notification-kind-REFERRAL_ASSIGNED = إحالة مسندة إليك
notification-kind-TASK_DUE = موعد مهمة
notification-kind-REFERRAL_RESPOND_BY_SOON = إحالة بانتظار الرد
notification-kind-REFERRAL_COMPLETED = اكتملت الإحالة
notification-kind-REFERRAL_CANCELLED = أُلغيت الإحالة
notification-kind-REFERRAL_EXPIRED = انتهت صلاحية الإحالة
notification-kind-PASSWORD_RESET = طُلبت إعادة تعيين كلمة المرور
notification-kind-EMERGENCY_ACCESS_GRANTED = تم منح وصول طارئ
programme-kind-MENTORSHIP = إرشاد
programme-kind-VOCATIONAL_TRAINING = تدريب مهني
programme-kind-LANGUAGE_COURSE = دورة لغة
programme-kind-ENTREPRENEURSHIP = ريادة الأعمال
programme-kind-MAKER_WORKSHOP = ورشة صناعة
programme-kind-CULTURAL_ORIENTATION = توجيه ثقافي
programme-kind-NETWORKING_EVENT = فعالية تواصل
programme-kind-INTEGRATION_COURSE = دورة اندماج
programme-kind-INTERNSHIP = تدريب عملي
programme-kind-CERTIFICATION = شهادة
organisation-kind-CWCS = مساحة عمل مشترك أو تعاون
organisation-kind-MUNICIPALITY = بلدية
organisation-kind-NGO = منظمة غير حكومية
organisation-kind-LABOUR_AGENCY = وكالة توظيف
organisation-kind-EDUCATION = تعليم
organisation-kind-COMPANY = شركة
organisation-kind-COMMUNITY_ASSOCIATION = جمعية مجتمعية
organisation-kind-SOCIAL_WORK_CENTRE = مركز العمل الاجتماعي
organisation-kind-HEALTH_CENTRE = مركز صحي
organisation-kind-YOUTH_CENTRE = مركز شباب
organisation-kind-HOUSING_INITIATIVE = مبادرة سكن
organisation-kind-TRADE_UNION = نقابة
organisation-kind-OTHER = أخرى
nav-participants = المشاركون
participants-title = المشاركون
name = الاسم
register-participant = تسجيل مشارك
given-name = الاسم الأول
family-name = اسم العائلة
preferred-language = اللغة المفضلة
skills = المهارات
interests = الاهتمامات
comma-separated = افصل بين المهارات والاهتمامات بفواصل.
action-register = تسجيل
saved = تم الحفظ.
consents = الموافقات
consent-active = سارية
consent-withdrawn = مسحوبة
consent-expired = منتهية
covers = تشمل
covered-organisations = وهذه المنظمات أيضًا
field-groups = البيانات المشاركة
action-withdraw = سحب
record-consent = تسجيل الموافقة
purpose = الغرض
method = طريقة الموافقة
expires-on = تنتهي في
create-referral = إنشاء إحالة
send-now = أرسلها الآن
life-card = بطاقة الحياة
add-goal = إضافة هدف
life-domain = المجال
goal = الهدف
target-date = التاريخ المستهدف
add-progress = تسجيل التقدم
note = ملاحظة
date = التاريخ
purpose-REFERRAL = الإحالات
purpose-CASE_COORDINATION = تنسيق الحالة
purpose-PROGRAMME_ENROLMENT = التسجيل في البرامج
purpose-STATISTICS = الإحصاءات
method-WRITTEN = كتابيًا
method-VERBAL = شفهيًا
method-DIGITAL = رقميًا
field-group-IDENTITY = الهوية
field-group-CONTACT = الاتصال
field-group-LEGAL = الوضع القانوني
field-group-BACKGROUND = الخلفية
life-domain-EMPLOYMENT = العمل
life-domain-EDUCATION = التعليم
life-domain-LANGUAGE = اللغة
life-domain-HOUSING = السكن
life-domain-LEGAL = الشؤون القانونية
life-domain-HEALTH = الصحة
life-domain-SOCIAL = الشؤون الاجتماعية
goal-status-OPEN = مفتوح
goal-status-IN_PROGRESS = قيد التنفيذ
goal-status-ACHIEVED = تحقق
goal-status-DROPPED = متروك
session-ended = انتهت جلستك
session-ended-hint = سجّل الدخول مرة أخرى للمتابعة: ما كتبته في الصفحة محفوظ؛ ثم أرسله مرة أخرى.
action-refer = إحالة
referral-sent = تم إرسال الإحالة: افتحها
programme-matches-title = أنسب المشاركين لبرنامج
vacancies = الوظائف الشاغرة
referred-from-match = إحالة من مطابقة: { $title } (الدرجة { $score })
openings = عدد الشواغر: { $count }
valid-until = حتى { $date }
places-open = توجد أماكن متبقية
possible-duplicates = ربما سجّلت منظمتك هذا الشخص من قبل:
register-anyway = التسجيل على أي حال
withheld-count = محجوب (أقل من { $k } أشخاص أو قد يكشف عددًا كهذا)
per-month-by-status = الإحالات شهريًا حسب الحالة
per-month-by-need = الإحالات شهريًا حسب الحاجة
chart-figures = الأرقام
download-csv = تنزيل ملف CSV
month = الشهر
find-person = البحث عن شخص
find-person-hint = الاسم أو الرمز المرجعي أو سنة الميلاد أو الهاتف أو البريد الإلكتروني؛ لا تهم الأحرف الكبيرة أو العلامات.
reason-MATCHES_INTERESTS = يعلّم { $what }، وهو ما يهمّهم
reason-BUILDS_ON_SKILLS = يبني على مهارات لديهم: { $what }
reason-LABOUR_DEMAND = قريبًا: { $count } من الوظائف الشاغرة في المهن التي يدرّب عليها
reason-NO_LABOUR_DEMAND = لا وظائف شاغرة قريبة في المهن التي يدرّب عليها
reason-WITHIN_REACH = على بعد { $count } كم تقريبًا في خط مستقيم، ضمن المسافة التي يقطعونها
reason-DISTANCE_UNKNOWN = المسافة غير معروفة (البلدية غير مسجّلة أو ليست على الخريطة)
reason-SETTING_AS_PREFERRED = في نوع المكان (مدينة أو ريف) الذي يفضّلونه
reason-SETTING_NOT_PREFERRED = ليس في نوع المكان (مدينة أو ريف) الذي يفضّلونه
reason-TAUGHT_IN_THEIR_LANGUAGE = يُدرَّس بلغة يتحدثونها ({ $value })
reason-INTERPRETATION_OFFERED = لا يُدرَّس بلغة يتحدثونها، لكن الترجمة الشفوية متوفرة
reason-NO_COMMON_LANGUAGE = لا يُدرَّس بلغة يتحدثونها، ولا ترجمة شفوية
reason-CHILDCARE_OFFERED = يوفّر رعاية الأطفال التي يحتاجونها
reason-NO_CHILDCARE = لا رعاية للأطفال، وهم يحتاجونها
reason-INTERPRETATION_NEEDED_AND_OFFERED = يوفّر الترجمة الشفوية التي يحتاجونها
reason-INTERPRETATION_NEEDED_NOT_OFFERED = لا ترجمة شفوية، وهم يحتاجونها
reason-FULL = ممتلئ: سينضمّون إلى قائمة الانتظار
merge-heading = دمج سجل مكرر
merge-code = الرمز المرجعي للسجل الآخر
merge-help = كل ما هو محفوظ في السجل الآخر لهذا الشخص (الموافقات والإحالات والتسجيلات وبطاقة الحياة والإرشاد) ينتقل إلى هنا؛ ثم يفتح السجل الآخر هذا السجل.
action-merge = دمج في هذا السجل

nav-programmes = برامجي
my-programmes = البرامج التي ننفذها
action-edit-programme = تعديل { $title }
edit-programme = تعديل البرنامج
capacity = الأماكن
programme-status-DRAFT = مسودة
programme-status-PUBLISHED = منشور
programme-status-RUNNING = جارٍ
programme-status-COMPLETED = مكتمل
programme-status-CANCELLED = ملغى
programme-saved = { $promoted ->
    [0] تم الحفظ.
   *[other] تم الحفظ. انتقل { $promoted } من قائمة الانتظار.
}
programme-places = المسجلون: { $enrolled } · قائمة الانتظار: { $waitlisted }
programme-title-in-language = عنوان جديد بهذه اللغة (اتركه فارغًا للإبقاء عليه)
venue = المكان
programme-starts-on = اليوم الأول
programme-ends-on = اليوم الأخير
partners-may-add-sessions = يمكن للمؤسسات الشريكة إضافة الجلسات ونقلها وإلغاؤها
action-save = حفظ
job-history = البرامج والوظائف
history-programmes = البرامج، كل الدفعات
history-jobs = الوظائف
contract-PERMANENT = دائم
contract-FIXED_TERM = محدد المدة
contract-AGENCY_WORK = عبر وكالة
contract-SEASONAL = موسمي
contract-APPRENTICESHIP = تدريب مهني
contract-SELF_EMPLOYED = عمل حر
hours-per-week-value = { $hours } ساعة أسبوعيًا
from-date = من { $date }
record-placement = تسجيل وظيفة
employer = صاحب العمل
occupation = المهنة
contract-type = العقد
hours-per-week = ساعات في الأسبوع
job-starts-on = أول يوم عمل
after-programme = بعد البرنامج
uses-training = تستخدم ما درّبه البرنامج
action-record-placement = تسجيل الوظيفة
notification-kind-SESSION_MOVED = نُقلت جلسة
notification-kind-SESSION_CANCELLED = أُلغيت جلسة
reason-NEEDS_THEIR_SKILLS = تتطلب مهارات لديهم: { $what }
reason-IN_THEIR_INTERESTS = ضمن اهتماماتهم: { $what }
reason-TRAINED_FOR = أكملوا برنامجًا يؤهّل لها ({ $value })
reason-SPEAKS_REQUIRED_LANGUAGE = يتحدثون اللغة المطلوبة ({ $value })
reason-OPENINGS = الشواغر: { $count }
nav-caseload = حالاتي
nav-tasks = مهامي
caseload-title = حالاتي
caseload-hint = الأشخاص الذين أنت الأخصائي المسؤول عنهم. يمكن لمسؤول المنظمة نقل حالة إلى زميل.
caseload-empty = لا يوجد أحد في حالاتك بعد.
tasks-title = مهامي
tasks-empty = ليست لديك مهام.
task-title = المهمة
task-due = الموعد
task-about = بخصوص
task-actions = إجراءات
task-overdue = متأخرة
task-participant = المشارك
task-referral = الإحالة
task-complete = تعليم كمنجزة
task-complete-named = تعليم «{ $title }» كمنجزة
task-new = مهمة جديدة
task-create = إنشاء المهمة
task-status-OPEN = مفتوحة
task-status-DONE = منجزة

nav-account = الحساب
account-title = حسابك
change-password-title = غيّر كلمة المرور
current-password = كلمة المرور الحالية
new-password = كلمة المرور الجديدة
new-password-hint = 12 حرفًا على الأقل. بضع كلمات تتذكرها كلمة مرور جيدة.
repeat-password = كلمة المرور الجديدة مرة أخرى
change-password = تغيير كلمة المرور
passwords-differ = كلمتا المرور الجديدتان غير متطابقتين.
wrong-current-password = كلمة المرور الحالية غير صحيحة.
new-password-invalid = يجب أن تتكون كلمة المرور الجديدة من 12 إلى 256 حرفًا وأن تختلف عن الحالية.
password-changed = { $count ->
    [0] تم تغيير كلمة المرور.
    [one] تم تغيير كلمة المرور. تم إنهاء جلسة أخرى.
   *[other] تم تغيير كلمة المرور. تم إنهاء { $count } جلسات أخرى.
}
forgot-password-link = هل نسيت كلمة المرور؟
forgot-title = إعادة تعيين كلمة المرور
forgot-hint = أدخل عنوان البريد الإلكتروني لحسابك. سنرسل رابطًا لاختيار كلمة مرور جديدة.
send-link = أرسل الرابط
reset-sent = إذا كان { $email } يخص حسابًا، فإن رسالة تحتوي على رابط في طريقها إليه. يعمل الرابط مرة واحدة لمدة { $minutes } دقيقة.
back-to-sign-in = العودة إلى تسجيل الدخول
reset-title = اختر كلمة مرور جديدة
reset-button = تعيين كلمة المرور الجديدة
reset-done = تم تغيير كلمة المرور وإنهاء جميع الجلسات. سجّل الدخول بكلمة المرور الجديدة.
reset-invalid = لم يعد هذا الرابط يعمل: فقد استُخدم أو انتهت صلاحيته أو حلّ محله رابط أحدث. اطلب رابطًا جديدًا.
reset-no-token = افتح هذه الصفحة من الرابط الموجود في الرسالة.

# A participant's data export
data-export-heading = البيانات المحفوظة عن هذا الشخص
data-export-help = كل ما هو محفوظ عن هذا الشخص في ملف JSON واحد، ليحتفظ به أو ينقله إلى جهة أخرى (المادتان 15 و20 من اللائحة العامة لحماية البيانات). يُسجَّل التنزيل في سجل التدقيق.
action-download-data-export = تنزيل تصدير البيانات
## سجل التدقيق (مدققو المنصة) ومحو المشارك
nav-audit-log = سجل التدقيق
audit-log-title = سجل التدقيق
audit-log-intro = من فعل ماذا بأي سجل، وهل كان ذلك مسموحًا. الأوقات بتوقيتك المحلي.
audit-user-id = المستخدم (المعرّف)
audit-organisation-id = المنظمة (المعرّف)
audit-operation = العملية
audit-entity-type = نوع السجل
audit-entity-id = السجل (المعرّف)
audit-request-id = معرّف الطلب
audit-outcome = النتيجة
audit-from = من
audit-to = حتى
audit-at = الوقت
audit-who = من
audit-role = الدور
audit-record = السجل
audit-nobody = لم يسجّل أحد الدخول
audit-table-caption = إدخالات سجل التدقيق، الأحدث أولًا، الصفحة { $page }
audit-pages = صفحات سجل التدقيق
audit-outcome-ALLOWED = مسموح
audit-outcome-DENIED = مرفوض
audit-outcome-FAILED = فشل
action-previous-page = الصفحة السابقة
action-next-page = الصفحة التالية
action-cancel = إلغاء
erase-heading = محو المشارك
erase-help = يزيل المحو نهائيًا كل البيانات الشخصية لهذا الشخص من كل السجلات: الاسم، ووسائل الاتصال، والقصة، والملاحظات. تبقى الحالات والأعداد. تُلغى الإحالات المفتوحة. لا يمكن التراجع عن ذلك.
erase-reason = سبب المحو (يُحفظ في سجل التدقيق)
action-erase = محو المشارك…
erase-confirm-heading = هل تريد محو المشارك { $code }؟
erase-confirm-text = ستُزال كل البيانات الشخصية لهذا الشخص نهائيًا. لا يمكن التراجع عن ذلك.
action-erase-confirm = المحو نهائيًا
erase-done = تم محو المشارك في { $at }. { $count ->
    [zero] لم يلزم إلغاء أي إحالة مفتوحة.
    [one] أُلغيت إحالة مفتوحة واحدة.
    [two] أُلغيت إحالتان مفتوحتان.
    [few] أُلغيت { $count } إحالات مفتوحة.
    [many] أُلغيت { $count } إحالة مفتوحة.
   *[other] أُلغيت { $count } إحالة مفتوحة.
}
# الوصول الطارئ ("break-the-glass").
nav-emergency-access = الوصول الطارئ
emergency-access-title = الوصول الطارئ
emergency-access-intro = وصول مؤقت إلى السجلات خارج نطاق الموافقة، يُمنح في حالات الطوارئ للعاملين في الحالات من منظمات أخرى. كل اطلاع في إطار الوصول مسجّل في سجل التدقيق مع سببه. الأوقات بتوقيت منطقتك.
emergency-access-none = لم يُمنح أي وصول طارئ.
emergency-table-caption = حالات الوصول الطارئ الممنوحة، الأحدث أولًا، الصفحة { $page }
emergency-pages = صفحات حالات الوصول الطارئ الممنوحة
emergency-granted-at = تاريخ المنح
emergency-expires-at = ينتهي في
emergency-holder = مُنح إلى
emergency-state = الحالة
emergency-active = ساري
emergency-ended = منتهٍ
emergency-heading = الوصول الطارئ
emergency-warning = في حالات الطوارئ فقط: يفتح لمدة محدودة أجزاء السجل التي لا تشاركها الموافقة مع منظمتك. يُسجَّل الطلب وكل اطلاع في إطاره مع السبب الذي تكتبه، ويُبلَّغ مسؤولو المنظمة المالكة للسجل والمدققون فورًا.
emergency-reason = لماذا تحتاج إلى الوصول الآن؟
emergency-reason-hint = من { $min } إلى { $max } حرفًا. اكتب ما هي حالة الطوارئ، لا من هو الشخص.
emergency-reason-invalid = اكتب سببًا من { $min } إلى { $max } حرفًا.
emergency-refused = يتطلب الوصول الطارئ إحالة مفتوحة بين منظمتك والمنظمة التي تملك هذا السجل.
action-request-emergency-access = طلب وصول طارئ
emergency-granted = مُنح الوصول الطارئ حتى { $until }.
open-emergency-access = فتح حالات الوصول الطارئ الممنوحة
legal-status = الوضع القانوني
legal-status-ASYLUM_SEEKER = طالب لجوء
legal-status-INTERNATIONAL_PROTECTION = حماية دولية
legal-status-SUBSIDIARY_PROTECTION = حماية فرعية
legal-status-TEMPORARY_PROTECTION = حماية مؤقتة
legal-status-LABOUR_MIGRANT = تصريح عمل
legal-status-STUDENT = تصريح دراسة
legal-status-RESIDENCE_PERMIT_PENDING = قُدّم طلب تصريح إقامة
legal-status-OTHER = أخرى
`,sn=[{code:`sl`,name:`Slovenščina`},{code:`en`,name:`English`},{code:`uk`,name:`Українська`},{code:`ar`,name:`العربية`}],cn={en:nn,sl:rn,uk:an,ar:on},ln=new Map;function un(e){let t=ln.get(e);return t||(t=new kt(e,{useIsolating:!1}),t.addResource(new en(cn[e])),ln.set(e,t)),t}var dn=`skupaj.language`;function fn(){let e=localStorage.getItem(dn);if(e&&e in cn)return e;let t=navigator.language.slice(0,2);return t in cn?t:`en`}var pn=fn(),mn=new Set;function V(){return pn}function hn(e){pn=e,localStorage.setItem(dn,e),_n(),mn.forEach(e=>e())}function gn(e){return mn.add(e),()=>mn.delete(e)}function _n(){document.documentElement.lang=pn,document.documentElement.dir=pn===`ar`?`rtl`:`ltr`}function H(e,t){for(let n of[pn,`en`]){let r=un(n),i=r.getMessage(e);if(i?.value)return r.formatPattern(i.value,t)}return e}function U(e,t){let n=`${e}-${t}`,r=H(n);return r===n?t:r}function vn(e){return U(`error`,e)}function W(e){return e?new Intl.DateTimeFormat(pn,{dateStyle:`medium`}).format(new Date(e)):`—`}function yn(e){return e?new Intl.DateTimeFormat(pn,{dateStyle:`medium`,timeStyle:`short`}).format(new Date(e)):`—`}function bn(e,t){return e===null?t===!0?H(`places-open`):t===!1?H(`places-left`,{count:0}):``:H(`places-left`,{count:e})}function xn(e,t){let n=t[0]??``;return H(`reason-${e}`,{what:t.join(`, `),value:n,count:Number.isFinite(Number(n))?Number(n):0})}function G(e){return e===null?`null`:Array.isArray(e)?`array`:typeof e}function Sn(e){return G(e)===`object`}function Cn(e){return Array.isArray(e)&&e.length>0&&e.every(e=>`message`in e)}function wn(e,t){return e.length<124?e:t}var K=(e=>(e[e.InternalServerError=4500]=`InternalServerError`,e[e.InternalClientError=4005]=`InternalClientError`,e[e.BadRequest=4400]=`BadRequest`,e[e.BadResponse=4004]=`BadResponse`,e[e.Unauthorized=4401]=`Unauthorized`,e[e.Forbidden=4403]=`Forbidden`,e[e.SubprotocolNotAcceptable=4406]=`SubprotocolNotAcceptable`,e[e.ConnectionInitialisationTimeout=4408]=`ConnectionInitialisationTimeout`,e[e.ConnectionAcknowledgementTimeout=4504]=`ConnectionAcknowledgementTimeout`,e[e.SubscriberAlreadyExists=4409]=`SubscriberAlreadyExists`,e[e.TooManyInitialisationRequests=4429]=`TooManyInitialisationRequests`,e))(K||{}),q=(e=>(e.ConnectionInit=`connection_init`,e.ConnectionAck=`connection_ack`,e.Ping=`ping`,e.Pong=`pong`,e.Subscribe=`subscribe`,e.Next=`next`,e.Error=`error`,e.Complete=`complete`,e))(q||{});function Tn(e){if(!Sn(e))throw Error(`Message is expected to be an object, but got ${G(e)}`);if(!e.type)throw Error(`Message is missing the 'type' property`);if(typeof e.type!=`string`)throw Error(`Message is expects the 'type' property to be a string, but got ${G(e.type)}`);switch(e.type){case`connection_init`:case`connection_ack`:case`ping`:case`pong`:if(e.payload!=null&&!Sn(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break;case`subscribe`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${G(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Sn(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${G(e.payload)}`);if(typeof e.payload.query!=`string`)throw Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${G(e.payload.query)}`);if(e.payload.variables!=null&&!Sn(e.payload.variables))throw Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${G(e.payload.variables)}`);if(e.payload.operationName!=null&&G(e.payload.operationName)!==`string`)throw Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${G(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Sn(e.payload.extensions))throw Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${G(e.payload.extensions)}`);break;case`next`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${G(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Sn(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${G(e.payload)}`);break;case`error`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${G(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Cn(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break;case`complete`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${G(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);break;default:throw Error(`Invalid message 'type' property "${e.type}"`)}return e}function En(e,t){return Tn(typeof e==`string`?JSON.parse(e,t):e)}function Dn(e,t){return Tn(e),JSON.stringify(e,t)}function On(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:a=0,keepAlive:o=0,disablePong:s,connectionAckWaitTimeout:c=0,retryAttempts:l=5,retryWait:u=async function(e){let t=2**e;await new Promise(e=>setTimeout(e,t*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:d=An,on:f,webSocketImpl:p,generateID:m=function(){return`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`.replace(/[xy]/g,e=>{let t=Math.random()*16|0;return(e==`x`?t:t&3|8).toString(16)})},jsonMessageReplacer:h,jsonMessageReviver:g}=e,_;if(p){if(!Mn(p))throw Error(`Invalid WebSocket implementation provided`);_=p}else typeof WebSocket<`u`?_=WebSocket:typeof global<`u`?_=global.WebSocket||global.MozWebSocket:typeof window<`u`&&(_=window.WebSocket||window.MozWebSocket);if(!_)throw Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let v=_,y=(()=>{let e=(()=>{let e={};return{on(t,n){return e[t]=n,()=>{delete e[t]}},emit(t){`id`in t&&e[t.id]?.(t)}}})(),t={connecting:f?.connecting?[f.connecting]:[],opened:f?.opened?[f.opened]:[],connected:f?.connected?[f.connected]:[],ping:f?.ping?[f.ping]:[],pong:f?.pong?[f.pong]:[],message:f?.message?[e.emit,f.message]:[e.emit],closed:f?.closed?[f.closed]:[],error:f?.error?[f.error]:[]};return{onMessage:e.on,on(e,n){let r=t[e];return r.push(n),()=>{let e=r.indexOf(n);e>-1&&r.splice(e,1)}},emit(e,...n){for(let r of[...t[e]])r(...n)}}})();function b(e){let t=[y.on(`error`,n=>{t.forEach(e=>e()),e(n)}),y.on(`closed`,n=>{t.forEach(e=>e()),e(n)})];return()=>t.forEach(e=>e())}let x,S=0,C,w=!1,T=0,ee=!1;async function E(){clearTimeout(C);let[e,r]=await(x??=new Promise((e,r)=>(async()=>{if(w){if(await u(T),!S)return x=void 0,r({code:1e3,reason:`All Subscriptions Gone`});T++}y.emit(`connecting`,w);let i=new v(typeof t==`function`?await t():t,`graphql-transport-ws`),a,l;function d(){isFinite(o)&&o>0&&(clearTimeout(l),l=setTimeout(()=>{i.readyState===v.OPEN&&(i.send(Dn({type:q.Ping})),y.emit(`ping`,!1,void 0))},o))}b(e=>{x=void 0,clearTimeout(a),clearTimeout(l),r(e),e instanceof kn&&(i.close(4499,`Terminated`),i.onerror=null,i.onclose=null)}),i.onerror=e=>y.emit(`error`,e),i.onclose=e=>y.emit(`closed`,e),i.onopen=async()=>{try{y.emit(`opened`,i);let e=typeof n==`function`?await n():n;if(i.readyState!==v.OPEN)return;i.send(Dn(e?{type:q.ConnectionInit,payload:e}:{type:q.ConnectionInit},h)),isFinite(c)&&c>0&&(a=setTimeout(()=>{i.close(K.ConnectionAcknowledgementTimeout,`Connection acknowledgement timeout`)},c)),d()}catch(e){y.emit(`error`,e),i.close(K.InternalClientError,wn(e instanceof Error?e.message:String(e),`Internal client error`))}};let f=!1;i.onmessage=({data:t})=>{try{let n=En(t,g);if(y.emit(`message`,n),n.type===`ping`||n.type===`pong`){y.emit(n.type,!0,n.payload),n.type===`pong`?d():s||(i.send(Dn(n.payload?{type:q.Pong,payload:n.payload}:{type:q.Pong},h)),y.emit(`pong`,!1,n.payload));return}if(f)return;if(n.type!==q.ConnectionAck)throw Error(`First message cannot be of type ${n.type}`);clearTimeout(a),f=!0,y.emit(`connected`,i,n.payload,w),w=!1,T=0;let r=new Promise((e,t)=>b(t));r.catch(()=>{}),e([i,r])}catch(e){i.onmessage=null,y.emit(`error`,e),i.close(K.BadResponse,wn(e instanceof Error?e.message:String(e),`Bad response`))}}})()));e.readyState===v.CLOSING&&await r;let i=()=>{},l=new Promise(e=>i=e);return[e,i,new Promise((t,n)=>{let i=b(n);e.readyState!==v.OPEN&&r.catch(n),l.then(()=>{if(i(),!S){let t=()=>e.close(1e3,`Normal Closure`);isFinite(a)&&a>0?(clearTimeout(C),C=setTimeout(()=>{!S&&e.readyState===v.OPEN&&t()},a)):t()}t()})})]}function D(e){if(An(e)&&(jn(e.code)||[K.InternalServerError,K.InternalClientError,K.BadRequest,K.BadResponse,K.Unauthorized,K.SubprotocolNotAcceptable,K.SubscriberAlreadyExists,K.TooManyInitialisationRequests].includes(e.code)))throw e;if(ee)return!1;if(An(e)&&e.code===1e3)return S>0;if(!l||T>=l||!d(e))throw e;return w=!0}r||(async()=>{for(S++;;)try{let[,,e]=await E();await e}catch(e){try{if(!D(e))return}catch(e){return i?.(e)}}})();function te(e,t){let n=m(e),r=!1,i=!1,a=()=>{S--,r=!0};return(async()=>{for(S++;;)try{let[o,s,c]=await E();if(r)return c.catch(()=>{}),s();let l=y.onMessage(n,e=>{switch(e.type){case q.Next:t.next(e.payload);return;case q.Error:i=!0,r=!0,t.error(e.payload),a();return;case q.Complete:r=!0,a();return}});o.send(Dn({id:n,type:q.Subscribe,payload:e},h)),a=()=>{!r&&o.readyState===v.OPEN&&o.send(Dn({id:n,type:q.Complete},h)),S--,r=!0,s()},await c.finally(l);return}catch(e){if(!D(e))return}})().then(()=>{i||t.complete()}).catch(e=>{t.error(e)}),()=>{r||a()}}return{on:y.on,subscribe:te,iterate(e){let t=[],n={done:!1,error:null,resolve:()=>{}},r=te(e,{next(e){t.push(e),n.resolve()},error(e){n.done=!0,n.error=e,n.resolve()},complete(){n.done=!0,n.resolve()}}),i=async function*(){for(;;){for(t.length||await new Promise(e=>n.resolve=e);t.length;)yield t.shift();if(n.error)throw n.error;if(n.done)return}}();return i.throw=async e=>(n.done||(n.done=!0,n.error=e,n.resolve()),{done:!0,value:void 0}),i.return=async()=>(r(),{done:!0,value:void 0}),i},async dispose(){if(ee=!0,x){let[e]=await x;e.close(1e3,`Normal Closure`)}},terminate(){x&&y.emit(`closed`,new kn)}}}var kn=class extends Error{name=`TerminatedCloseEvent`;message=`4499: Terminated`;code=4499;reason=`Terminated`;wasClean=!1};function An(e){return Sn(e)&&`code`in e&&`reason`in e}function jn(e){return![1e3,1001,1006,1005,1012,1013,1014].includes(e)&&e>=1e3&&e<=1999}function Mn(e){return typeof e==`function`&&`constructor`in e&&`CLOSED`in e&&`CLOSING`in e&&`CONNECTING`in e&&`OPEN`in e}var Nn=R(`
  query UnreadCount {
    unreadNotificationCount
  }
`),Pn=R(`
  subscription NotificationReceived {
    notificationReceived {
      id
      title
    }
  }
`),Fn=null,In=null,Ln=null,Rn=new Set;function zn(e){Fn=e,Rn.forEach(e=>e())}async function Bn(){if(ze())try{let{data:e}=await I(Nn);zn(e.unreadNotificationCount??null)}catch{}}function Vn(){Hn(),In=On({url:`${location.protocol===`https:`?`wss`:`ws`}://${location.host}/graphql/ws`,lazy:!1,retryAttempts:5,connectionParams:()=>{let e=ze();return e?{Authorization:`Bearer ${e.accessToken}`}:{}},shouldRetry:()=>ze()!==null});let e=Date.now();Ln=In.subscribe({query:Pn.toString()},{next:()=>{zn((Fn??0)+1)},error:t=>{let n=t?.code===4401,r=Math.max(0,1e4-(Date.now()-e));setTimeout(()=>{ze()&&(n?qe():Promise.resolve(!0)).then(e=>e&&Vn())},n?0:r)},complete:()=>{}}),Bn()}function Hn(){Ln?.(),Ln=null,In?.dispose(),In=null,zn(null)}function Un(){let[,e]=M(0);return N(()=>{let t=()=>e(e=>e+1);return Rn.add(t),()=>Rn.delete(t)},[]),Fn}var Wn=new Set;function Gn(e,t=!1){t?history.replaceState(null,``,e):history.pushState(null,``,e),Wn.forEach(e=>e())}addEventListener(`popstate`,()=>Wn.forEach(e=>e()));function Kn(){let[,e]=M(0);return N(()=>{let t=()=>e(e=>e+1);return Wn.add(t),()=>Wn.delete(t)},[]),new URL(location.href)}function qn(e,t){let n=e.split(`/`),r=t.replace(/\/$/,``).split(`/`);if(n.length!==r.length)return null;let i={};for(let e=0;e<n.length;e++)if(n[e].startsWith(`:`))i[n[e].slice(1)]=decodeURIComponent(r[e]);else if(n[e]!==r[e])return null;return i}function Jn(e){let t=e.currentTarget;e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey||(e.preventDefault(),Gn(t.getAttribute(`href`)))}var Yn=R(`
  query Me {
    me {
      user {
        id
        displayName
      }
      actingRole
      platformRole
      actingOrganisation {
        id
        name
      }
      memberships {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
`),Xn=null,Zn=new Set;function Qn(){return Xn}function $n(e){Xn=e,Zn.forEach(e=>e())}async function er(){if(!ze())$n(null);else try{let{data:e}=await I(Yn);$n(e.me??null)}catch{$n(null)}}He(()=>{!ze()&&!Be()&&$n(null)});function tr(){let[,e]=M(0);return N(()=>{let t=()=>e(e=>e+1);return Zn.add(t),()=>Zn.delete(t)},[]),Xn}var nr=Symbol.for(`pv`),rr=0;Array.isArray;function J(t,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l&&typeof t!=`function`)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:t,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:nr,__v:--rr,__i:-1,__u:0};return(a||o)&&(u.__source=a,u.__self=o),e.vnode&&e.vnode(u),u}function Y(e){return J(`a`,{href:e.href,class:e.class,onClick:Jn,"aria-current":e.current?`page`:void 0,children:e.children})}function ir(e){if(e instanceof P){let t=e.errors[0]?.extensions?.field;return e.code===`VALIDATION`&&t?`${vn(e.code)} (${t})`:vn(e.code)}return vn(`INTERNAL`)}function X(e){if(!e.error)return null;let t=e.error instanceof P&&e.error.code===`CONFLICT`;return J(`div`,{class:`error`,role:`alert`,children:[J(`p`,{children:ir(e.error)}),t&&e.onReload&&J(`button`,{type:`button`,onClick:e.onReload,children:H(`action-reload`)})]})}function Z(){return J(`span`,{class:`not-shared`,children:H(`not-shared`)})}function Q(){return J(`p`,{class:`loading`,role:`status`,children:H(`loading`)})}function $(e){let t=De(null);return N(()=>{document.title=`${t.current?.textContent??``} · Skupaj`,t.current?.focus()},[]),J(`h1`,{tabIndex:-1,ref:t,children:e.children})}function ar(e){let t=e.label??H(`download-csv`),[n,r]=M(!1),[i,a]=M(null);return J(`div`,{class:`download`,children:[J(`button`,{type:`button`,disabled:n,"aria-label":`${t}: ${e.what}`,"data-testid":e.testId,onClick:()=>{r(!0),a(null),et(e.path,e.filename).catch(a).finally(()=>r(!1))},children:t}),J(X,{error:i})]})}function or(){let[e,t]=M([null]);return{after:e[e.length-1],page:e.length,previous:e.length>1?()=>t(e=>e.slice(0,-1)):null,forward:e=>t(t=>[...t,e])}}function sr(e){let{previous:t,next:n,forward:r}=e;return J(`nav`,{class:`pager`,"aria-label":e.label,children:[J(`button`,{type:`button`,disabled:!t,onClick:()=>t?.(),children:H(`action-previous-page`)}),J(`button`,{type:`button`,disabled:!n,onClick:()=>n&&r(n),children:H(`action-next-page`)})]})}function cr(){let[e,t]=M(``),[n,r]=M(``),[i,a]=M(null),[o,s]=M(!1);async function c(t){t.preventDefault(),s(!0),a(null);try{await We(e,n),await er(),location.pathname===`/sign-in`&&Gn(`/dashboard`,!0)}catch(e){a(e)}finally{s(!1)}}return J(`section`,{class:`narrow`,children:[J($,{children:H(`sign-in-title`)}),J(`form`,{onSubmit:c,children:[J(`label`,{children:[H(`email`),J(`input`,{type:`email`,name:`email`,autocomplete:`username`,required:!0,value:e,onInput:e=>t(e.currentTarget.value)})]}),J(`label`,{children:[H(`password`),J(`input`,{type:`password`,name:`password`,autocomplete:`current-password`,required:!0,value:n,onInput:e=>r(e.currentTarget.value)})]}),i instanceof P&&i.code===`UNAUTHENTICATED`?J(`div`,{class:`error`,role:`alert`,children:J(`p`,{children:H(`sign-in-failed`)})}):J(X,{error:i}),J(`button`,{type:`submit`,disabled:o,children:H(`sign-in`)})]}),J(`p`,{children:J(Y,{href:`/forgot-password`,children:H(`forgot-password-link`)})})]})}function lr(){let[e,t]=M(``),[n,r]=M(``),[i,a]=M(null),o=De(null);N(()=>o.current?.focus(),[]);async function s(t){t.preventDefault(),a(null);try{await We(e,n),await er(),Vn()}catch(e){a(e)}}return J(`div`,{class:`overlay`,children:J(`section`,{role:`dialog`,"aria-modal":`true`,"aria-labelledby":`again-heading`,class:`dialog`,children:[J(`h2`,{id:`again-heading`,children:H(`session-ended`)}),J(`p`,{children:H(`session-ended-hint`)}),J(`form`,{onSubmit:s,children:[J(`label`,{children:[H(`email`),J(`input`,{ref:o,type:`email`,autocomplete:`username`,required:!0,value:e,onInput:e=>t(e.currentTarget.value)})]}),J(`label`,{children:[H(`password`),J(`input`,{type:`password`,autocomplete:`current-password`,required:!0,value:n,onInput:e=>r(e.currentTarget.value)})]}),i instanceof P&&i.code===`UNAUTHENTICATED`?J(`div`,{class:`error`,role:`alert`,children:J(`p`,{children:H(`sign-in-failed`)})}):J(X,{error:i}),J(`button`,{type:`submit`,children:H(`sign-in`)})]})]})})}var ur=R(`
  query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {
    programmes(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          id
          kind
          titleIn(language: $language)
          municipality
          placesLeft
          hasPlacesLeft
          startsOn
          childcare
          interpretation
          leadOrganisation {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),dr=R(`
  query DirectoryOrganisations($after: String) {
    organisations(first: 20, after: $after) {
      edges {
        node {
          id
          kind
          name
          municipality
          workingLanguages
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);function fr(){let[e,t]=M(``),[n,r]=M(``),[i,a]=M(null),[o,s]=M(null),[c,l]=M(null),[u,d]=M(null),[f,p]=M(null);async function m(e){try{let{data:t}=await I(ur,{language:V(),filter:n?{text:n}:null,after:e}),r=t.programmes.edges.map(e=>e.node);a(t=>e&&t?[...t,...r]:r),s(t.programmes.pageInfo.hasNextPage?t.programmes.pageInfo.endCursor??null:null)}catch(e){p(e)}}async function h(e){try{let{data:t}=await I(dr,{after:e}),n=t.organisations.edges.map(e=>e.node);l(t=>e&&t?[...t,...n]:n),d(t.organisations.pageInfo.hasNextPage?t.organisations.pageInfo.endCursor??null:null)}catch(e){p(e)}}return N(()=>{m(null)},[n]),N(()=>{h(null)},[]),J(`section`,{children:[J($,{children:H(`directory-title`)}),J(`p`,{children:H(`directory-intro`)}),J(X,{error:f}),J(`section`,{"aria-labelledby":`programmes-heading`,children:[J(`h2`,{id:`programmes-heading`,children:H(`programmes`)}),J(`form`,{role:`search`,class:`inline`,onSubmit:t=>{t.preventDefault(),r(e.trim())},children:[J(`label`,{children:[H(`search-programmes`),J(`input`,{type:`search`,value:e,onInput:e=>t(e.currentTarget.value)})]}),J(`button`,{type:`submit`,children:H(`action-search`)})]}),i===null?J(Q,{}):i.length===0?J(`p`,{children:H(`nothing-found`)}):J(`ul`,{class:`cards`,"data-testid":`programme-list`,children:i.map(e=>J(`li`,{class:`card`,children:[J(`h3`,{children:e.titleIn}),J(`p`,{children:[U(`programme-kind`,e.kind),` · `,e.municipality,` · `,e.leadOrganisation.name]}),J(`p`,{children:[bn(e.placesLeft,e.hasPlacesLeft),e.startsOn&&J(y,{children:[` · `,H(`starts-on`,{date:W(e.startsOn)})]}),e.childcare&&J(y,{children:[` · `,H(`childcare`)]}),e.interpretation&&J(y,{children:[` · `,H(`interpretation`)]})]})]},e.id))}),o&&J(`button`,{type:`button`,onClick:()=>void m(o),children:H(`action-more`)})]}),J(`section`,{"aria-labelledby":`organisations-heading`,children:[J(`h2`,{id:`organisations-heading`,children:H(`organisations`)}),c===null?J(Q,{}):J(`ul`,{class:`cards`,"data-testid":`organisation-list`,children:c.map(e=>J(`li`,{class:`card`,children:[J(`h3`,{children:e.name}),J(`p`,{children:[U(`organisation-kind`,e.kind),` · `,e.municipality,e.workingLanguages.length>0&&J(y,{children:[` · `,e.workingLanguages.join(`, `)]})]})]},e.id))}),u&&J(`button`,{type:`button`,onClick:()=>void h(u),children:H(`action-more`)})]})]})}function pr({labelledBy:e,columns:t,rows:n,minCell:r,columnLabel:i,testId:a}){if(n.length===0)return J(`p`,{children:H(`nothing-found`)});let o=Math.max(1,...n.map(e=>e.cells.reduce((e,t)=>e+(t??0),0))),s=H(`withheld-count`,{k:r});return J(`div`,{class:`chart`,"data-testid":a,children:[J(`ul`,{class:`chart-legend`,"aria-hidden":`true`,children:t.map((e,t)=>J(`li`,{children:[J(`span`,{class:`swatch series-${t%8}`}),i(e)]},e))}),J(`ul`,{class:`chart-bars`,"aria-hidden":`true`,children:n.map(e=>J(`li`,{children:[J(`span`,{class:`chart-month`,children:e.group}),J(`span`,{class:`chart-bar`,children:e.cells.map((e,n)=>e?J(`span`,{class:`segment series-${n%8}`,style:{width:`${e/o*100}%`}},t[n]):null)}),J(`span`,{class:`chart-total`,children:e.total??`–`})]},e.group))}),J(`details`,{children:[J(`summary`,{children:H(`chart-figures`)}),J(`div`,{class:`table-wrap`,children:J(`table`,{"aria-labelledby":e,class:`compact`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:H(`month`)}),t.map(e=>J(`th`,{scope:`col`,children:i(e)},e)),J(`th`,{scope:`col`,children:H(`count`)})]})}),J(`tbody`,{children:n.map(e=>J(`tr`,{children:[J(`th`,{scope:`row`,children:e.group}),e.cells.map((e,n)=>J(`td`,{children:e??s},t[n])),J(`td`,{children:e.total??s})]},e.group))})]})})]})]})}R(`
  fragment ReferralRow on Referral {
    id
    status
    needDomain
    participantCode
    respondBy
    overdue
    createdAt
    fromOrganisation {
      id
      name
    }
    toOrganisation {
      id
      name
    }
  }
`);var mr=R(`
  query Referrals($filter: ReferralFilterInput, $after: String) {
    referrals(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          ...ReferralRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),hr=[`DRAFT`,`SENT`,`ACCEPTED`,`IN_PROGRESS`,`ON_HOLD`,`COMPLETED`,`DECLINED`,`EXPIRED`,`REDIRECTED`,`CANCELLED`],gr=[`EMPLOYMENT`,`EDUCATION`,`LANGUAGE`,`HOUSING`,`LEGAL`,`HEALTH`,`SOCIAL`,`MENTORSHIP`,`CHILDCARE`];function _r(e){return e.rows.length===0?J(`p`,{children:H(`nothing-found`)}):J(`div`,{class:`table-wrap`,children:J(`table`,{"data-testid":`referral-table`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:H(`participant-code`)}),J(`th`,{scope:`col`,children:H(`status`)}),J(`th`,{scope:`col`,children:H(`need`)}),J(`th`,{scope:`col`,children:H(`from`)}),J(`th`,{scope:`col`,children:H(`to`)}),J(`th`,{scope:`col`,children:H(`respond-by`)})]})}),J(`tbody`,{children:e.rows.map(e=>J(`tr`,{children:[J(`th`,{scope:`row`,children:J(Y,{href:`/referrals/${e.id}`,children:e.participantCode})}),J(`td`,{children:[J(`span`,{class:`status status-${e.status}`,children:U(`status`,e.status)}),e.overdue&&J(`span`,{class:`tag overdue`,children:[` `,H(`overdue`)]})]}),J(`td`,{children:U(`need`,e.needDomain)}),J(`td`,{children:e.fromOrganisation.name}),J(`td`,{children:e.toOrganisation.name}),J(`td`,{children:W(e.respondBy)})]},e.id))})]})})}function vr(e){let t={},n=e.getAll(`status`).filter(e=>hr.includes(e));n.length&&(t.statuses=n);let r=e.getAll(`need`).filter(e=>gr.includes(e));r.length&&(t.needDomains=r),e.get(`overdue`)===`1`&&(t.overdue=!0);let i=Qn()?.actingOrganisation?.id;e.get(`dir`)===`incoming`&&i&&(t.toOrganisationId=i),e.get(`dir`)===`outgoing`&&i&&(t.fromOrganisationId=i);let a=e.get(`participant`);a&&(t.participantId=a);let o=e.get(`municipality`);o&&(t.municipality=o);let s=e.get(`from`);s&&(t.createdFrom=`${s}T00:00:00Z`);let c=e.get(`to`);return c&&(t.createdTo=`${c}T23:59:59Z`),t}function yr(e){let[t,n]=M(null),[r,i]=M(null),[a,o]=M(null),s=e.search.get(`dir`)===`incoming`;async function c(t){try{let{data:r}=await I(mr,{filter:vr(e.search),after:t}),a=r.referrals;if(!a){n([]);return}let o=a.edges.map(e=>e.node);n(e=>t&&e?[...e,...o]:o),i(a.pageInfo.hasNextPage?a.pageInfo.endCursor??null:null)}catch(e){o(e)}}N(()=>{c(null)},[]);function l(e){e.preventDefault();let t=new FormData(e.currentTarget),n=new URLSearchParams;for(let[e,r]of t.entries())typeof r==`string`&&r!==``&&n.append(e,r);Gn(`/referrals?${n.toString()}`)}let u=e.search.get(`dir`)??``;return J(`section`,{children:[J($,{children:H(s?`incoming-title`:`referrals-title`)}),J(`form`,{class:`filters`,onSubmit:l,"aria-label":H(`filters`),children:[J(`label`,{children:[H(`status`),J(`select`,{name:`status`,value:e.search.get(`status`)??``,children:[J(`option`,{value:``,children:H(`any`)}),hr.map(e=>J(`option`,{value:e,children:U(`status`,e)},e))]})]}),J(`label`,{children:[H(`need`),J(`select`,{name:`need`,value:e.search.get(`need`)??``,children:[J(`option`,{value:``,children:H(`any`)}),gr.map(e=>J(`option`,{value:e,children:U(`need`,e)},e))]})]}),J(`label`,{children:[H(`direction`),J(`select`,{name:`dir`,value:u,children:[J(`option`,{value:``,children:H(`any`)}),J(`option`,{value:`incoming`,children:H(`incoming`)}),J(`option`,{value:`outgoing`,children:H(`outgoing`)})]})]}),J(`label`,{children:[H(`municipality`),J(`input`,{name:`municipality`,value:e.search.get(`municipality`)??``})]}),J(`label`,{children:[H(`created-from`),J(`input`,{type:`date`,name:`from`,value:e.search.get(`from`)??``})]}),J(`label`,{children:[H(`created-to`),J(`input`,{type:`date`,name:`to`,value:e.search.get(`to`)??``})]}),J(`label`,{class:`check`,children:[J(`input`,{type:`checkbox`,name:`overdue`,value:`1`,checked:e.search.get(`overdue`)===`1`}),H(`overdue-only`)]}),J(`button`,{type:`submit`,children:H(`action-filter`)})]}),J(X,{error:a}),t===null?J(Q,{}):J(_r,{rows:t}),r&&J(`button`,{type:`button`,onClick:()=>void c(r),children:H(`action-more`)})]})}var br=R(`
  query Dashboard {
    referralStats {
      total
      minCell
      responded
      medianFirstResponseHours
      byStatus {
        status
        count
      }
    }
    overdue: referralStats(filter: { overdue: true }) {
      total
      minCell
    }
    byMonthAndStatus: indicators(groupBy: [MONTH, STATUS]) {
      ...MonthlyTable
    }
    byMonthAndNeed: indicators(groupBy: [MONTH, NEED_DOMAIN]) {
      ...MonthlyTable
    }
    referrals(first: 10) {
      edges {
        node {
          ...ReferralRow
        }
      }
    }
  }
`);function xr(e,t){return e===null?H(`withheld-count`,{k:t??5}):String(e)}R(`
  fragment MonthlyTable on Indicators {
    minCell
    referrals {
      columns
      rows {
        group
        cells
        total
      }
    }
  }
`);function Sr(){let[e,t]=M(null),[n,r]=M([]),[i,a]=M(null);N(()=>{let e=performance.now();I(br).then(n=>{t(n.data),r(n.errors),performance.measure(`skupaj:dashboard`,{start:e})}).catch(a)},[]);let o=e?.referralStats;return J(`section`,{children:[J($,{children:H(`dashboard-title`)}),J(X,{error:i}),!e&&!i&&J(Q,{}),e&&J(`div`,{"data-testid":`dashboard-ready`,children:[J(`dl`,{class:`figures`,children:[J(`div`,{children:[J(`dt`,{children:H(`referrals-total`)}),J(`dd`,{children:o?xr(o.total,o.minCell):J(Z,{})})]}),J(`div`,{children:[J(`dt`,{children:H(`referrals-overdue`)}),J(`dd`,{children:e.overdue?.total===null?xr(null,e.overdue.minCell):e.overdue?J(Y,{href:`/referrals?overdue=1`,children:e.overdue.total}):J(Z,{})})]}),J(`div`,{children:[J(`dt`,{children:H(`median-first-response`)}),J(`dd`,{children:o?.medianFirstResponseHours==null?`—`:H(`hours`,{hours:Math.round(o.medianFirstResponseHours*10)/10})})]}),J(`div`,{children:[J(`dt`,{children:H(`referrals-responded`)}),J(`dd`,{children:o?xr(o.responded,o.minCell):`—`})]})]}),J(`h2`,{id:`by-status`,children:H(`by-status`)}),o?J(`table`,{"aria-labelledby":`by-status`,class:`compact`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:H(`status`)}),J(`th`,{scope:`col`,children:H(`count`)})]})}),J(`tbody`,{children:o.byStatus.map(e=>J(`tr`,{children:[J(`th`,{scope:`row`,children:J(Y,{href:`/referrals?status=${e.status}`,children:U(`status`,e.status)})}),J(`td`,{children:xr(e.count,o?.minCell??null)})]},e.status))})]}):J(`p`,{children:Qe(n,`referralStats`)?J(Z,{}):`—`}),J(`h2`,{id:`per-month-status`,children:H(`per-month-by-status`)}),e.byMonthAndStatus?J(pr,{labelledBy:`per-month-status`,testId:`chart-by-status`,columns:e.byMonthAndStatus.referrals.columns,rows:e.byMonthAndStatus.referrals.rows,minCell:e.byMonthAndStatus.minCell,columnLabel:e=>U(`status`,e)}):null,e.byMonthAndStatus?J(ar,{path:`/exports/indicators.csv?groupBy=MONTH,STATUS`,filename:`referrals-per-month-by-status.csv`,what:H(`per-month-by-status`),testId:`download-by-status`}):J(`p`,{children:J(Z,{})}),J(`h2`,{id:`per-month-need`,children:H(`per-month-by-need`)}),e.byMonthAndNeed?J(pr,{labelledBy:`per-month-need`,testId:`chart-by-need`,columns:e.byMonthAndNeed.referrals.columns,rows:e.byMonthAndNeed.referrals.rows,minCell:e.byMonthAndNeed.minCell,columnLabel:e=>U(`need`,e)}):null,e.byMonthAndNeed?J(ar,{path:`/exports/indicators.csv?groupBy=MONTH,NEED_DOMAIN`,filename:`referrals-per-month-by-need.csv`,what:H(`per-month-by-need`),testId:`download-by-need`}):J(`p`,{children:J(Z,{})}),J(`h2`,{children:H(`latest-referrals`)}),e.referrals?J(_r,{rows:e.referrals.edges.map(e=>e.node)}):J(`p`,{children:J(Z,{})}),J(`p`,{children:J(Y,{href:`/referrals`,children:H(`all-referrals`)})}),e.referrals&&J(ar,{path:`/exports/referrals.csv`,filename:`referrals.csv`,what:H(`all-referrals`),testId:`download-referrals`})]})]})}var Cr=R(`
  query ReferralDetail($id: ID!, $language: String!) {
    referral(id: $id) {
      id
      status
      kind
      needDomain
      priority
      reason
      respondBy
      overdue
      version
      declineReason
      outcome
      participantCode
      participant {
        id
        givenName
        familyName
        preferredLanguage
      }
      programme {
        id
        titleIn(language: $language)
      }
      fromOrganisation {
        id
        name
      }
      toOrganisation {
        id
        name
      }
      createdAt
      sentAt
      firstResponseAt
      history {
        at
        action
        fromStatus
        toStatus
        actorOrganisation {
          id
          name
        }
        comment
      }
    }
  }
`),wr=R(`
  mutation AcceptReferral($input: ReferralStepInput!) {
    acceptReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),Tr=R(`
  mutation StartReferral($input: ReferralStepInput!) {
    startReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),Er=R(`
  mutation HoldReferral($input: ReferralStepInput!) {
    holdReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),Dr=R(`
  mutation ResumeReferral($input: ReferralStepInput!) {
    resumeReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),Or=R(`
  mutation DeclineReferral($input: DeclineReferralInput!) {
    declineReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),kr=R(`
  mutation CompleteReferral($input: CompleteReferralInput!) {
    completeReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`),Ar=[`NO_CAPACITY`,`NOT_ELIGIBLE`,`OUT_OF_AREA`,`PARTICIPANT_DECLINED`,`OTHER`],jr=[`SERVICE_PROVIDED`,`ENROLLED`,`EMPLOYED`,`PARTICIPANT_WITHDREW`,`UNREACHABLE`,`OTHER`];function Mr(e){let t=tr(),[n,r]=M(void 0),[i,a]=M([]),[o,s]=M(null),[c,l]=M(null),[u,d]=M(!1),[f,p]=M(null),m=De(null);async function h(){l(null);try{let t=await I(Cr,{id:e.id,language:V()});r(t.data.referral??null),a(t.errors),t.data.referral||s(new P(t.errors[0]?.extensions?.code??`NOT_FOUND`,t.errors))}catch(e){s(e),r(null)}}N(()=>{h()},[]);async function g(e,t){d(!0),l(null),p(null);try{await e(),await h(),p(t),m.current?.focus()}catch(e){l(e)}finally{d(!1)}}if(n===void 0)return J(Q,{});if(n===null)return J(`section`,{children:[J($,{children:H(`referral-title`)}),J(X,{error:o??new P(`NOT_FOUND`,[])})]});let _=t?.actingOrganisation?.id===n.toOrganisation.id,v={id:n.id,version:n.version},b=n.status;return J(`section`,{children:[J($,{children:[H(`referral-title`),` `,n.participantCode]}),J(`p`,{ref:m,tabIndex:-1,role:`status`,class:`done`,children:f&&H(`action-done`,{action:f})}),J(`dl`,{class:`details`,"data-testid":`referral-details`,children:[J(`dt`,{children:H(`status`)}),J(`dd`,{"data-testid":`referral-status`,children:[J(`span`,{class:`status status-${b}`,children:U(`status`,b)}),n.overdue&&J(`span`,{class:`tag overdue`,children:[` `,H(`overdue`)]})]}),J(`dt`,{children:H(`participant-code`)}),J(`dd`,{children:n.participantCode}),J(`dt`,{children:H(`participant`)}),J(`dd`,{"data-testid":`participant`,children:Qe(i,`referral`,`participant`)?J(Z,{}):[n.participant?.givenName,n.participant?.familyName].filter(Boolean).join(` `)||`—`}),J(`dt`,{children:H(`need`)}),J(`dd`,{children:U(`need`,n.needDomain)}),J(`dt`,{children:H(`priority`)}),J(`dd`,{children:U(`priority`,n.priority)}),J(`dt`,{children:H(`reason`)}),J(`dd`,{children:n.reason??(Qe(i,`referral`,`reason`)?J(Z,{}):`—`)}),J(`dt`,{children:H(`from`)}),J(`dd`,{children:n.fromOrganisation.name}),J(`dt`,{children:H(`to`)}),J(`dd`,{children:n.toOrganisation.name}),n.programme&&J(y,{children:[J(`dt`,{children:H(`programme`)}),J(`dd`,{children:n.programme.titleIn})]}),J(`dt`,{children:H(`respond-by`)}),J(`dd`,{children:W(n.respondBy)}),n.declineReason&&J(y,{children:[J(`dt`,{children:H(`decline-reason`)}),J(`dd`,{children:U(`decline`,n.declineReason)})]}),n.outcome&&J(y,{children:[J(`dt`,{children:H(`outcome`)}),J(`dd`,{children:U(`outcome`,n.outcome)})]})]}),_&&J(`section`,{"aria-labelledby":`actions-heading`,class:`actions`,children:[J(`h2`,{id:`actions-heading`,children:H(`actions`)}),J(X,{error:c,onReload:()=>void h()}),J(`div`,{class:`buttons`,children:[b===`SENT`&&J(`button`,{type:`button`,disabled:u,onClick:()=>void g(()=>I(wr,{input:v}),H(`action-accept`)),children:H(`action-accept`)}),b===`ACCEPTED`&&J(`button`,{type:`button`,disabled:u,onClick:()=>void g(()=>I(Tr,{input:v}),H(`action-start`)),children:H(`action-start`)}),b===`IN_PROGRESS`&&J(`button`,{type:`button`,disabled:u,onClick:()=>void g(()=>I(Er,{input:v}),H(`action-hold`)),children:H(`action-hold`)}),b===`ON_HOLD`&&J(`button`,{type:`button`,disabled:u,onClick:()=>void g(()=>I(Dr,{input:v}),H(`action-resume`)),children:H(`action-resume`)})]}),b===`SENT`&&J(`form`,{class:`stack`,onSubmit:e=>{e.preventDefault();let t=new FormData(e.currentTarget);g(()=>I(Or,{input:{...v,reason:t.get(`reason`),comment:String(t.get(`comment`)??``)}}),H(`action-decline`))},children:[J(`h3`,{children:H(`action-decline`)}),J(`label`,{children:[H(`decline-reason`),J(`select`,{name:`reason`,required:!0,children:Ar.map(e=>J(`option`,{value:e,children:U(`decline`,e)},e))})]}),J(`label`,{children:[H(`comment`),J(`textarea`,{name:`comment`,required:!0})]}),J(`button`,{type:`submit`,disabled:u,children:H(`action-decline`)})]}),(b===`IN_PROGRESS`||b===`ACCEPTED`)&&J(`form`,{class:`stack`,onSubmit:e=>{e.preventDefault();let t=new FormData(e.currentTarget),n=String(t.get(`comment`)??``);g(()=>I(kr,{input:{...v,outcome:t.get(`outcome`),comment:n||null}}),H(`action-complete`))},children:[J(`h3`,{children:H(`action-complete`)}),J(`label`,{children:[H(`outcome`),J(`select`,{name:`outcome`,required:!0,children:jr.map(e=>J(`option`,{value:e,children:U(`outcome`,e)},e))})]}),J(`label`,{children:[H(`comment`),J(`textarea`,{name:`comment`})]}),J(`button`,{type:`submit`,disabled:u,children:H(`action-complete`)})]})]}),J(`h2`,{id:`history-heading`,children:H(`history`)}),J(`div`,{class:`table-wrap`,children:J(`table`,{"aria-labelledby":`history-heading`,"data-testid":`history`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:H(`when`)}),J(`th`,{scope:`col`,children:H(`what`)}),J(`th`,{scope:`col`,children:H(`status`)}),J(`th`,{scope:`col`,children:H(`by`)}),J(`th`,{scope:`col`,children:H(`comment`)})]})}),J(`tbody`,{children:n.history.map((e,t)=>J(`tr`,{children:[J(`td`,{children:yn(e.at)}),J(`td`,{children:U(`referral-action`,e.action)}),J(`td`,{children:[e.fromStatus?`${U(`status`,e.fromStatus)} → `:``,U(`status`,e.toStatus)]}),J(`td`,{children:e.actorOrganisation?.name??`—`}),J(`td`,{children:e.comment??``})]},t))})]})})]})}var Nr=R(`
  query Notifications($after: String) {
    notifications(first: 20, after: $after) {
      edges {
        node {
          ...NotificationRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);R(`
  fragment NotificationRow on Notification {
    id
    kind
    subjectId
    title
    createdAt
    readAt
  }
`);var Pr=R(`
  query Notification($id: ID!) {
    notification(id: $id) {
      ...NotificationRow
    }
  }
`),Fr=R(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unread
    }
  }
`);function Ir(e){return e.kind===`EMERGENCY_ACCESS_GRANTED`?`/emergency-access`:e.kind.startsWith(`REFERRAL_`)?`/referrals/${e.subjectId}`:null}function Lr(){let e=Un(),[t,n]=M(null),[r,i]=M(null),[a,o]=M(null);async function s(e){try{let{data:t}=await I(Nr,{after:e}),r=t.notifications,a=r?r.edges.map(e=>e.node):[];n(t=>e&&t?[...t,...a]:a),i(r?.pageInfo.hasNextPage?r.pageInfo.endCursor??null:null)}catch(e){o(e)}}N(()=>{s(null)},[e]);async function c(){try{await I(Fr,{input:{all:!0}}),await Bn()}catch(e){o(e)}}return J(`section`,{children:[J($,{children:H(`notifications-title`)}),J(`p`,{children:H(`unread-count`,{count:e??0})}),J(X,{error:a}),e!==null&&e>0&&J(`button`,{type:`button`,onClick:()=>void c(),children:H(`action-mark-all-read`)}),t===null?J(Q,{}):t.length===0?J(`p`,{children:H(`nothing-found`)}):J(`ul`,{class:`inbox`,"data-testid":`notification-list`,children:t.map(e=>J(`li`,{class:e.readAt?`read`:`unread`,children:[J(Y,{href:`/notifications/${e.id}`,children:e.title}),J(`span`,{class:`meta`,children:[U(`notification-kind`,e.kind),` · `,yn(e.createdAt),!e.readAt&&J(y,{children:[` · `,H(`unread`)]})]})]},e.id))}),r&&J(`button`,{type:`button`,onClick:()=>void s(r),children:H(`action-more`)})]})}function Rr(e){let[t,n]=M(void 0),[r,i]=M(null);if(N(()=>{I(Pr,{id:e.id}).then(async({data:t,errors:r})=>{n(t.notification??null),t.notification?t.notification.readAt||(await I(Fr,{input:{ids:[e.id]}}),await Bn()):i(new P(r[0]?.extensions?.code??`NOT_FOUND`,r))}).catch(e=>{n(null),i(e)})},[]),t===void 0)return J(Q,{});let a=t&&Ir(t);return J(`section`,{children:[J($,{children:t?t.title:H(`notifications-title`)}),J(X,{error:r}),t&&J(y,{children:[J(`p`,{children:[U(`notification-kind`,t.kind),` · `,yn(t.createdAt)]}),a&&J(`p`,{children:J(Y,{href:a,children:t.kind===`EMERGENCY_ACCESS_GRANTED`?H(`open-emergency-access`):H(`open-referral`)})})]}),J(`p`,{children:J(Y,{href:`/notifications`,children:H(`all-notifications`)})})]})}var zr=R(`
  query MatchParticipants($language: String!) {
    participants(first: 100) {
      nodes {
        id
        referenceCode
        givenName
      }
    }
    programmes(first: 100) {
      nodes {
        id
        titleIn(language: $language)
      }
    }
    vacancies(first: 20) {
      nodes {
        id
        occupation
        municipality
        openings
        validUntil
        skills
        organisation {
          id
          name
        }
      }
    }
  }
`),Br=R(`
  query ProgrammeMatches($programmeId: ID!) {
    matchParticipants(programmeId: $programmeId, first: 20) {
      score
      reasonDetails {
        code
        values
      }
      participant {
        id
        referenceCode
        givenName
      }
    }
  }
`),Vr=R(`
  mutation ReferFromMatch($input: CreateReferralInput!) {
    createReferral(input: $input) {
      referral {
        id
        status
      }
    }
  }
`),Hr=R(`
  query Matches($participantId: ID!, $language: String!) {
    matchProgrammes(participantId: $participantId, first: 20) {
      score
      reasonDetails {
        code
        values
      }
      programme {
        id
        kind
        titleIn(language: $language)
        municipality
        placesLeft
        hasPlacesLeft
        leadOrganisation {
          id
          name
        }
      }
    }
  }
`),Ur=R(`
  mutation Enrol($input: EnrolParticipantInput!) {
    enrolParticipant(input: $input) {
      enrolment {
        id
        status
        position
      }
    }
  }
`);function Wr(e){switch(e){case`LANGUAGE_COURSE`:return`LANGUAGE`;case`MENTORSHIP`:return`MENTORSHIP`;case`CULTURAL_ORIENTATION`:case`INTEGRATION_COURSE`:case`NETWORKING_EVENT`:return`SOCIAL`;case`MAKER_WORKSHOP`:return`EDUCATION`;default:return`EMPLOYMENT`}}function Gr(e){let[t,n]=M(null),[r,i]=M(null),[a,o]=M(null),[s,c]=M({}),[l,u]=M(null),[d,f]=M(null),[p,m]=M({}),[h,g]=M(null);N(()=>{I(zr,{language:V()}).then(({data:e})=>{n(e.participants?.nodes??[]),i(e)}).catch(f),e.programmeId&&I(Br,{programmeId:e.programmeId}).then(({data:e})=>o(e.matchParticipants??[])).catch(f),e.participantId&&I(Hr,{participantId:e.participantId,language:V()}).then(({data:e})=>u(e.matchProgrammes??[])).catch(f)},[]);async function _(t){g(null);try{let n=new Date(Date.now()+12096e5).toISOString().slice(0,10),{data:r}=await I(Vr,{input:{participantId:e.participantId,toOrganisationId:t.programme.leadOrganisation.id,programmeId:t.programme.id,needDomain:Wr(t.programme.kind),reason:H(`referred-from-match`,{title:t.programme.titleIn,score:t.score}),respondBy:n,send:!0}});c(e=>({...e,[t.programme.id]:r.createReferral.referral.id}))}catch(e){g(e)}}async function v(t){g(null);try{let{data:n}=await I(Ur,{input:{programmeId:t,participantId:e.participantId}}),r=n.enrolParticipant.enrolment;m(e=>({...e,[t]:{status:r.status,position:r.position}}))}catch(e){g(e)}}return J(`section`,{children:[J($,{children:H(`matches-title`)}),J(X,{error:d}),t===null?J(Q,{}):J(`form`,{class:`inline`,onSubmit:e=>{e.preventDefault();let t=new FormData(e.currentTarget).get(`participant`);t&&Gn(`/matches?participant=${encodeURIComponent(String(t))}`)},children:[J(`label`,{children:[H(`participant`),J(`select`,{name:`participant`,value:e.participantId??``,children:[J(`option`,{value:``,children:`—`}),t.map(e=>J(`option`,{value:e.id,children:[e.referenceCode,e.givenName?` · ${e.givenName}`:``]},e.id))]})]}),J(`button`,{type:`submit`,children:H(`action-show-matches`)})]}),J(X,{error:h}),e.participantId&&(l===null?J(Q,{}):l.length===0?J(`p`,{children:H(`nothing-found`)}):J(`ol`,{class:`cards`,"data-testid":`match-list`,children:l.map(e=>{let t=p[e.programme.id];return J(`li`,{class:`card`,children:[J(`h2`,{class:`h3`,children:e.programme.titleIn}),J(`p`,{children:[J(`strong`,{children:H(`score`,{score:e.score})}),` · `,U(`programme-kind`,e.programme.kind),` ·`,` `,e.programme.municipality,` · `,e.programme.leadOrganisation.name,` ·`,` `,bn(e.programme.placesLeft,e.programme.hasPlacesLeft)]}),J(`ul`,{class:`reasons`,children:e.reasonDetails.map((e,t)=>J(`li`,{children:xn(e.code,e.values)},t))}),t?J(`p`,{role:`status`,"data-testid":`enrolment-status`,children:t.status===`WAITLISTED`?H(`waitlisted`,{position:t.position}):U(`enrolment`,t.status)}):s[e.programme.id]?J(`p`,{role:`status`,"data-testid":`referral-sent`,children:J(Y,{href:`/referrals/${s[e.programme.id]}`,children:H(`referral-sent`)})}):J(`div`,{class:`buttons`,children:[J(`button`,{type:`button`,onClick:()=>void v(e.programme.id),children:H(`action-enrol`)}),J(`button`,{type:`button`,onClick:()=>void _(e),children:H(`action-refer`)})]})]},e.programme.id)})})),J(`h2`,{id:`programme-matches-heading`,children:H(`programme-matches-title`)}),r&&J(`form`,{class:`inline`,onSubmit:t=>{t.preventDefault();let n=new FormData(t.currentTarget).get(`programme`),r=new URLSearchParams;e.participantId&&r.set(`participant`,e.participantId),n&&r.set(`programme`,String(n)),Gn(`/matches?${r.toString()}`)},children:[J(`label`,{children:[H(`programme`),J(`select`,{name:`programme`,value:e.programmeId??``,children:[J(`option`,{value:``,children:`—`}),r.programmes.nodes.map(e=>J(`option`,{value:e.id,children:e.titleIn},e.id))]})]}),J(`button`,{type:`submit`,children:H(`action-show-matches`)})]}),e.programmeId&&(a===null?J(Q,{}):a.length===0?J(`p`,{children:H(`nothing-found`)}):J(`ol`,{class:`cards`,"data-testid":`participant-match-list`,"aria-labelledby":`programme-matches-heading`,children:a.map(e=>J(`li`,{class:`card`,children:[J(`h3`,{children:[e.participant.referenceCode,e.participant.givenName?` · ${e.participant.givenName}`:``]}),J(`p`,{children:J(`strong`,{children:H(`score`,{score:e.score})})}),J(`ul`,{class:`reasons`,children:e.reasonDetails.map((e,t)=>J(`li`,{children:xn(e.code,e.values)},t))})]},e.participant.id))})),J(`h2`,{id:`vacancies-heading`,children:H(`vacancies`)}),r&&(r.vacancies===null||r.vacancies===void 0?J(`p`,{children:H(`not-shared`)}):r.vacancies.nodes.length===0?J(`p`,{children:H(`nothing-found`)}):J(`ul`,{class:`cards`,"data-testid":`vacancy-list`,"aria-labelledby":`vacancies-heading`,children:r.vacancies.nodes.map(e=>J(`li`,{class:`card`,children:[J(`h3`,{children:e.occupation}),J(`p`,{children:[e.organisation?.name??`—`,` · `,e.municipality,` · `,H(`openings`,{count:e.openings}),` ·`,` `,H(`valid-until`,{date:W(e.validUntil)})]}),e.skills.length>0&&J(`p`,{class:`meta`,children:e.skills.join(`, `)})]},e.id))}))]})}var Kr=R(`
  query Participants($after: String, $search: String) {
    participants(first: 20, after: $after, filter: { search: $search }) {
      nodes {
        id
        referenceCode
        givenName
        familyName
        municipality
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),qr=R(`
  mutation RegisterParticipant($input: RegisterParticipantInput!) {
    registerParticipant(input: $input) {
      participant {
        id
        referenceCode
      }
      possibleDuplicates {
        id
        referenceCode
      }
    }
  }
`),Jr=[`sl`,`en`,`uk`,`ar`,`ru`,`fa`,`ps`,`bs`,`sq`,`fr`,`es`];function Yr(){let[e,t]=M(null),[n,r]=M(null),[i,a]=M(null),[o,s]=M(null),[c,l]=M(!1),[u,d]=M([]),[f,p]=M(null);async function m(e){l(!0),s(null);try{let{data:t}=await I(qr,{input:e}),n=t.registerParticipant.participant;n?(d([]),p(null),Gn(`/participants/${n.id}`)):(d(t.registerParticipant.possibleDuplicates),p({...e,confirmed:!0}))}catch(e){s(e)}finally{l(!1)}}let[h,g]=M(null);async function _(e,n=h){a(null);try{let{data:i,errors:o}=await I(Kr,{after:e,search:n}),s=i.participants;if(!s&&o.length>0){a(new P(o[0]?.extensions?.code??`INTERNAL`,o)),t([]),r(null);return}let c=s?.nodes??[];t(t=>e&&t?[...t,...c]:c),r(s?.pageInfo.hasNextPage?s.pageInfo.endCursor??null:null)}catch(e){a(e)}}N(()=>{_(null)},[]);async function v(e){e.preventDefault();let t=new FormData(e.currentTarget),n=e=>{let n=String(t.get(e)??``).trim();return n===``?null:n},r=e=>String(t.get(e)??``).split(`,`).map(e=>e.trim()).filter(Boolean);await m({profile:{givenName:String(t.get(`givenName`)??``),familyName:n(`familyName`),preferredLanguage:String(t.get(`preferredLanguage`)??`sl`),municipality:n(`municipality`),skills:r(`skills`),interests:r(`interests`)}})}return J(`section`,{children:[J($,{children:H(`participants-title`)}),J(`form`,{role:`search`,class:`inline`,onSubmit:e=>{e.preventDefault();let n=String(new FormData(e.currentTarget).get(`search`)??``).trim(),r=n===``?null:n;g(r),t(null),_(null,r)},children:[J(`label`,{children:[H(`find-person`),J(`input`,{name:`search`,type:`search`,autocomplete:`off`,"aria-describedby":`find-hint`})]}),J(`button`,{type:`submit`,children:H(`action-search`)}),J(`p`,{id:`find-hint`,class:`meta`,children:H(`find-person-hint`)})]}),J(X,{error:i}),e===null?J(Q,{}):e.length===0?J(`p`,{children:H(`nothing-found`)}):J(`div`,{class:`table-wrap`,children:J(`table`,{"data-testid":`participant-table`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:H(`participant-code`)}),J(`th`,{scope:`col`,children:H(`name`)}),J(`th`,{scope:`col`,children:H(`municipality`)})]})}),J(`tbody`,{children:e.map(e=>J(`tr`,{children:[J(`th`,{scope:`row`,children:J(Y,{href:`/participants/${e.id}`,children:e.referenceCode})}),J(`td`,{children:[e.givenName,e.familyName].filter(Boolean).join(` `)||`—`}),J(`td`,{children:e.municipality??`—`})]},e.id))})]})}),n&&J(`button`,{type:`button`,onClick:()=>void _(n),children:H(`action-more`)}),J(`form`,{class:`stack`,onSubmit:v,"aria-labelledby":`register-heading`,children:[J(`h2`,{id:`register-heading`,children:H(`register-participant`)}),J(`label`,{children:[H(`given-name`),J(`input`,{name:`givenName`,required:!0,autocomplete:`off`})]}),J(`label`,{children:[H(`family-name`),J(`input`,{name:`familyName`,autocomplete:`off`})]}),J(`label`,{children:[H(`preferred-language`),J(`select`,{name:`preferredLanguage`,children:Jr.map(e=>J(`option`,{value:e,children:e},e))})]}),J(`label`,{children:[H(`municipality`),J(`input`,{name:`municipality`,autocomplete:`off`})]}),J(`label`,{children:[H(`skills`),J(`input`,{name:`skills`,autocomplete:`off`,"aria-describedby":`comma-hint`})]}),J(`label`,{children:[H(`interests`),J(`input`,{name:`interests`,autocomplete:`off`,"aria-describedby":`comma-hint`})]}),J(`p`,{id:`comma-hint`,class:`meta`,children:H(`comma-separated`)}),J(X,{error:o}),f&&u.length>0&&J(`div`,{role:`alert`,"data-testid":`possible-duplicates`,children:[J(`p`,{children:H(`possible-duplicates`)}),J(`ul`,{children:u.map(e=>J(`li`,{children:J(Y,{href:`/participants/${e.id}`,children:e.referenceCode})},e.id))}),J(`button`,{type:`button`,disabled:c,onClick:()=>void m(f),children:H(`register-anyway`)})]}),J(`button`,{type:`submit`,disabled:c,children:H(`action-register`)})]})]})}var Xr=R(`
  mutation RecordPlacement($input: RecordPlacementInput!) {
    recordPlacement(input: $input) {
      placement {
        id
      }
    }
  }
`),Zr=[`PERMANENT`,`FIXED_TERM`,`AGENCY_WORK`,`SEASONAL`,`APPRENTICESHIP`,`SELF_EMPLOYED`];function Qr(e){let[t,n]=M(null),[r,i]=M(!1),a=e.history;async function o(t){t.preventDefault();let r=t.currentTarget,a=new FormData(r),o=e=>String(a.get(e)??``).trim();n(null),i(!1);try{await I(Xr,{input:{participantId:e.participantId,enrolmentId:o(`enrolmentId`)||null,employerName:o(`employerName`),occupation:o(`occupation`),contractType:o(`contractType`),hoursPerWeek:Number(o(`hoursPerWeek`)),startsOn:o(`startsOn`),usesTraining:a.get(`usesTraining`)===`on`}}),r.reset(),i(!0),await e.onSaved()}catch(e){n(e)}}return J(y,{children:[J(`h2`,{id:`history-heading`,children:H(`job-history`)}),a?J(y,{children:[J(`h3`,{id:`history-programmes-heading`,children:H(`history-programmes`)}),a.enrolments.length===0?J(`p`,{children:H(`nothing-found`)}):J(`ul`,{class:`cards`,"aria-labelledby":`history-programmes-heading`,"data-testid":`history-programmes`,children:a.enrolments.map(e=>J(`li`,{class:`card`,children:[e.programme?.titleIn??`—`,` · `,U(`enrolment`,e.status),e.completedOn?` · ${W(e.completedOn)}`:``]},e.id))}),J(`h3`,{id:`history-jobs-heading`,children:H(`history-jobs`)}),a.placements.length===0?J(`p`,{children:H(`nothing-found`)}):J(`ul`,{class:`cards`,"aria-labelledby":`history-jobs-heading`,"data-testid":`history-jobs`,children:a.placements.map(e=>J(`li`,{class:`card`,children:[J(`strong`,{children:e.occupation}),` · `,e.employerOrganisation?.name??e.employerName??`—`,` ·`,` `,U(`contract`,e.contractType),` · `,H(`hours-per-week-value`,{hours:e.hoursPerWeek}),` ·`,` `,H(`from-date`,{date:W(e.startsOn)})]},e.id))}),J(`form`,{class:`stack`,onSubmit:o,"aria-labelledby":`placement-heading`,children:[J(`h3`,{id:`placement-heading`,children:H(`record-placement`)}),J(`p`,{role:`status`,class:`done`,"data-testid":`placement-saved`,children:r&&H(`saved`)}),J(`label`,{children:[H(`employer`),J(`input`,{name:`employerName`,required:!0})]}),J(`label`,{children:[H(`occupation`),J(`input`,{name:`occupation`,required:!0})]}),J(`label`,{children:[H(`contract-type`),J(`select`,{name:`contractType`,children:Zr.map(e=>J(`option`,{value:e,children:U(`contract`,e)},e))})]}),J(`label`,{children:[H(`hours-per-week`),J(`input`,{name:`hoursPerWeek`,type:`number`,min:1,max:60,required:!0,defaultValue:`40`})]}),J(`label`,{children:[H(`job-starts-on`),J(`input`,{name:`startsOn`,type:`date`,required:!0})]}),J(`label`,{children:[H(`after-programme`),J(`select`,{name:`enrolmentId`,children:[J(`option`,{value:``,children:`—`}),a.enrolments.map(e=>J(`option`,{value:e.id,children:e.programme?.titleIn??e.id},e.id))]})]}),J(`label`,{class:`check`,children:[J(`input`,{name:`usesTraining`,type:`checkbox`}),H(`uses-training`)]}),J(X,{error:t}),J(`button`,{type:`submit`,children:H(`action-record-placement`)})]})]}):J(`p`,{children:J(Z,{})})]})}var $r=R(`
  mutation EraseParticipant($input: EraseParticipantInput!) {
    eraseParticipant(input: $input) {
      erasedAt
      cancelledReferralIds
    }
  }
`);function ei(e){let t=tr(),n=De(null),r=De(null),i=De(null),[a,o]=M(``),[s,c]=M(!1),[l,u]=M(null),[d,f]=M(null);if(t?.actingRole!==`ORG_ADMIN`||t.actingOrganisation?.id!==e.ownerId)return null;function p(e){e.preventDefault(),u(null),n.current?.showModal(),i.current?.focus()}function m(){n.current?.close()}async function h(){c(!0),u(null);try{let{data:t}=await I($r,{input:{participantId:e.participantId,reason:a.trim()}});f({erasedAt:t.eraseParticipant.erasedAt,cancelled:t.eraseParticipant.cancelledReferralIds.length}),m()}catch(e){u(e),m()}finally{c(!1)}}return d?J(`section`,{"aria-labelledby":`erase-heading`,class:`erase`,children:[J(`h2`,{id:`erase-heading`,children:H(`erase-heading`)}),J(`p`,{role:`status`,"data-testid":`erase-result`,children:H(`erase-done`,{at:yn(d.erasedAt),count:d.cancelled})}),J(`p`,{children:J(Y,{href:`/participants`,children:H(`nav-participants`)})})]}):J(`section`,{"aria-labelledby":`erase-heading`,class:`erase`,children:[J(`form`,{class:`stack`,onSubmit:p,"aria-describedby":`erase-help`,children:[J(`h2`,{id:`erase-heading`,children:H(`erase-heading`)}),J(`p`,{id:`erase-help`,children:H(`erase-help`)}),J(`label`,{children:[H(`erase-reason`),J(`textarea`,{name:`reason`,required:!0,minLength:3,maxLength:500,value:a,onInput:e=>o(e.currentTarget.value)})]}),J(X,{error:l}),J(`button`,{type:`submit`,ref:r,class:`danger`,children:H(`action-erase`)})]}),J(`dialog`,{ref:n,class:`dialog`,"aria-labelledby":`erase-confirm-heading`,"aria-describedby":`erase-confirm-text`,onClose:()=>r.current?.focus(),children:[J(`h2`,{id:`erase-confirm-heading`,children:H(`erase-confirm-heading`,{code:e.referenceCode})}),J(`p`,{id:`erase-confirm-text`,children:H(`erase-confirm-text`)}),J(`div`,{class:`actions`,children:[J(`button`,{type:`button`,ref:i,onClick:m,disabled:s,children:H(`action-cancel`)}),J(`button`,{type:`button`,class:`danger`,onClick:()=>void h(),disabled:s,children:H(`action-erase-confirm`)})]})]})]})}var ti=R(`
  mutation RequestEmergencyAccess($input: RequestEmergencyAccessInput!) {
    requestEmergencyAccess(input: $input) {
      grant {
        id
        expiresAt
      }
    }
  }
`),ni=15,ri=1e3;function ii(e,t){return!!e?.actingOrganisation&&e.actingOrganisation.id!==t&&(e.actingRole===`CASE_MANAGER`||e.actingRole===`STAFF`)}function ai(e){let t=tr(),n=De(null),r=De(null),[i,a]=M(``),[o,s]=M(!1),[c,l]=M(null),[u,d]=M(null);if(N(()=>{u&&r.current?.focus()},[u]),!ii(t,e.ownerId))return null;async function f(t){t.preventDefault(),s(!0),l(null);try{let{data:t}=await I(ti,{input:{participantId:e.participantId,reason:i.trim()}});d(t.requestEmergencyAccess.grant.expiresAt),a(``),await e.onGranted()}catch(e){l(e),e instanceof P&&e.code===`VALIDATION`&&n.current?.focus()}finally{s(!1)}}let p=c instanceof P&&c.code===`VALIDATION`,m=c instanceof P&&c.code===`FORBIDDEN`;return J(`section`,{"aria-labelledby":`emergency-heading`,class:`emergency`,children:[J(`h2`,{id:`emergency-heading`,children:H(`emergency-heading`)}),J(`p`,{role:`status`,class:`done`,"data-testid":`emergency-granted`,tabIndex:-1,ref:r,children:u&&H(`emergency-granted`,{until:yn(u)})}),!u&&J(`form`,{class:`stack`,onSubmit:e=>void f(e),"aria-describedby":`emergency-warning`,children:[J(`p`,{id:`emergency-warning`,class:`warning`,children:H(`emergency-warning`)}),J(`label`,{children:[H(`emergency-reason`),J(`textarea`,{ref:n,name:`reason`,maxLength:ri,"aria-describedby":p?`emergency-reason-error emergency-reason-hint`:`emergency-reason-hint`,"aria-invalid":p,value:i,onInput:e=>a(e.currentTarget.value)})]}),J(`p`,{id:`emergency-reason-hint`,class:`hint`,children:H(`emergency-reason-hint`,{min:ni,max:ri})}),p?J(`div`,{class:`error`,role:`alert`,children:J(`p`,{id:`emergency-reason-error`,children:H(`emergency-reason-invalid`,{min:ni,max:ri})})}):m?J(`div`,{class:`error`,role:`alert`,children:J(`p`,{children:H(`emergency-refused`)})}):J(X,{error:c}),J(`button`,{type:`submit`,class:`danger`,disabled:o,children:H(`action-request-emergency-access`)})]})]})}var oi=R(`
  query ParticipantDetail($id: ID!, $language: String!) {
    participant(id: $id) {
      id
      referenceCode
      givenName
      familyName
      preferredLanguage
      municipality
      skills
      legalStatus
      ownerOrganisation {
        id
        name
      }
      history {
        enrolments {
          id
          status
          completedOn
          programme {
            id
            titleIn(language: $language)
          }
        }
        placements {
          id
          occupation
          employerName
          employerOrganisation {
            id
            name
          }
          contractType
          hoursPerWeek
          startsOn
        }
      }
      consents {
        id
        purpose
        coveredKinds
        coveredOrganisationIds
        fieldGroups
        method
        givenAt
        expiresAt
        withdrawnAt
        active
      }
      lifeCard {
        goals {
          id
          domain
          title
          targetDate
          status
        }
        timeline(first: 20) {
          nodes {
            id
            domain
            note
            occurredOn
            organisation {
              id
              name
            }
          }
        }
      }
    }
    organisations(first: 100) {
      nodes {
        id
        name
        kind
      }
    }
    programmes(first: 100) {
      nodes {
        id
        titleIn(language: $language)
      }
    }
  }
`),si=R(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      consent {
        id
      }
    }
  }
`),ci=R(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      consent {
        id
      }
      cancelledReferralIds
    }
  }
`),li=R(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      referral {
        id
        status
      }
    }
  }
`),ui=R(`
  mutation AddLifeGoal($input: AddLifeGoalInput!) {
    addLifeGoal(input: $input) {
      goal {
        id
      }
    }
  }
`),di=R(`
  mutation AddLifeEntry($input: AddLifeEntryInput!) {
    addLifeEntry(input: $input) {
      entry {
        id
      }
    }
  }
`),fi=R(`
  query RecordByCode($search: String!) {
    participants(filter: { search: $search }, first: 10) {
      nodes {
        id
        referenceCode
      }
    }
  }
`),pi=R(`
  mutation MergeParticipants($input: MergeParticipantsInput!) {
    mergeParticipants(input: $input) {
      participant {
        id
      }
    }
  }
`),mi=[`REFERRAL`,`CASE_COORDINATION`,`PROGRAMME_ENROLMENT`,`STATISTICS`],hi=[`IDENTITY`,`CONTACT`,`LEGAL`,`BACKGROUND`],gi=[`WRITTEN`,`VERBAL`,`DIGITAL`],_i=[`CWCS`,`NGO`,`LABOUR_AGENCY`,`EDUCATION`,`MUNICIPALITY`,`SOCIAL_WORK_CENTRE`],vi=[`EMPLOYMENT`,`EDUCATION`,`LANGUAGE`,`HOUSING`,`LEGAL`,`HEALTH`,`SOCIAL`];function yi(e){return new Date(Date.now()+e*864e5).toISOString().slice(0,10)}function bi(e,t){return e?.actingOrganisation?.id===t&&(e.actingRole===`CASE_MANAGER`||e.actingRole===`ORG_ADMIN`)}function xi(e){let t=tr(),[n,r]=M(null),[i,a]=M([]),[o,s]=M(null),[c,l]=M(null),[u,d]=M(null);async function f(){try{let t=await I(oi,{id:e.id,language:V()});r(t.data),a(t.errors),t.data.participant||s(new P(t.errors[0]?.extensions?.code??`NOT_FOUND`,t.errors))}catch(e){s(e)}}N(()=>{f()},[]);async function p(e,t,n){t.preventDefault();let r=t.currentTarget;l(null),d(null);try{await n(new FormData(r)),r.reset(),d(e),await f()}catch(t){l({form:e,error:t})}}async function m(e){l(null),d(null);try{await I(ci,{input:{consentId:e}}),d(`withdraw`),await f()}catch(e){l({form:`withdraw`,error:e})}}let h=e=>c?.form===e?c.error:null;if(!n)return o?J(X,{error:o}):J(Q,{});let g=n.participant;if(!g)return J(`section`,{children:[J($,{children:H(`participant`)}),J(X,{error:o})]});let _=g.id;return J(`section`,{children:[J($,{children:[H(`participant`),` `,g.referenceCode]}),J(`p`,{role:`status`,class:`done`,children:u&&H(`saved`)}),J(`dl`,{class:`details`,children:[J(`dt`,{children:H(`name`)}),J(`dd`,{children:Qe(i,`participant`,`givenName`)?J(Z,{}):[g.givenName,g.familyName].filter(Boolean).join(` `)||`—`}),J(`dt`,{children:H(`preferred-language`)}),J(`dd`,{children:g.preferredLanguage??`—`}),J(`dt`,{children:H(`municipality`)}),J(`dd`,{children:g.municipality??`—`}),J(`dt`,{children:H(`skills`)}),J(`dd`,{children:g.skills?.join(`, `)||`—`}),J(`dt`,{children:H(`legal-status`)}),J(`dd`,{"data-testid":`legal-status`,children:Qe(i,`participant`,`legalStatus`)?J(Z,{}):g.legalStatus?U(`legal-status`,g.legalStatus):`—`}),J(`dt`,{children:H(`organisation`)}),J(`dd`,{children:g.ownerOrganisation.name})]}),J(`p`,{children:[J(Y,{href:`/matches?participant=${_}`,children:H(`nav-matches`)}),` ·`,` `,J(Y,{href:`/referrals?participant=${_}`,children:H(`nav-referrals`)})]}),J(ai,{participantId:_,ownerId:g.ownerOrganisation.id,onGranted:f}),bi(t,g.ownerOrganisation.id)&&J(`section`,{"aria-labelledby":`data-export-heading`,children:[J(`h2`,{id:`data-export-heading`,children:H(`data-export-heading`)}),J(`p`,{id:`data-export-help`,children:H(`data-export-help`)}),J(ar,{path:`/exports/participants/${_}/data.json`,filename:`participant-${_}.json`,what:g.referenceCode,label:H(`action-download-data-export`),testId:`download-data-export`})]}),J(`h2`,{id:`consents-heading`,children:H(`consents`)}),g.consents===null||g.consents===void 0?J(`p`,{children:J(Z,{})}):g.consents.length===0?J(`p`,{children:H(`nothing-found`)}):J(`ul`,{class:`cards`,"aria-labelledby":`consents-heading`,"data-testid":`consent-list`,children:g.consents.map(e=>J(`li`,{class:`card`,children:[J(`h3`,{children:U(`purpose`,e.purpose)}),J(`p`,{children:[e.active?H(`consent-active`):e.withdrawnAt?H(`consent-withdrawn`):H(`consent-expired`),` ·`,` `,U(`method`,e.method),` · `,W(e.givenAt),e.expiresAt&&J(y,{children:[` → `,W(e.expiresAt)]})]}),J(`p`,{children:[H(`covers`),`: `,e.coveredKinds.map(e=>U(`organisation-kind`,e)).join(`, `)||`—`,e.coveredOrganisationIds.length>0&&` + ${e.coveredOrganisationIds.map(e=>n.organisations.nodes.find(t=>t.id===e)?.name??e).join(`, `)}`]}),J(`p`,{children:[H(`field-groups`),`: `,e.fieldGroups.map(e=>U(`field-group`,e)).join(`, `)||`—`]}),e.active&&J(`button`,{type:`button`,onClick:()=>void m(e.id),children:H(`action-withdraw`)})]},e.id))}),J(X,{error:h(`withdraw`)}),J(`form`,{class:`stack`,"aria-labelledby":`consent-heading`,onSubmit:e=>void p(`consent`,e,e=>I(si,{input:{participantId:_,purpose:e.get(`purpose`),coveredKinds:e.getAll(`coveredKinds`),coveredOrganisationIds:e.getAll(`coveredOrganisationIds`).map(String),fieldGroups:e.getAll(`fieldGroups`),method:e.get(`method`),language:V(),expiresAt:e.get(`expiresAt`)?`${e.get(`expiresAt`)}T23:59:59Z`:null}})),children:[J(`h2`,{id:`consent-heading`,children:H(`record-consent`)}),J(`label`,{children:[H(`purpose`),J(`select`,{name:`purpose`,children:mi.map(e=>J(`option`,{value:e,children:U(`purpose`,e)},e))})]}),J(`fieldset`,{children:[J(`legend`,{children:H(`covers`)}),_i.map(e=>J(`label`,{class:`check`,children:[J(`input`,{type:`checkbox`,name:`coveredKinds`,value:e}),U(`organisation-kind`,e)]},e))]}),J(`label`,{children:[H(`covered-organisations`),J(`select`,{name:`coveredOrganisationIds`,multiple:!0,size:4,children:n.organisations.nodes.map(e=>J(`option`,{value:e.id,children:e.name},e.id))})]}),J(`fieldset`,{children:[J(`legend`,{children:H(`field-groups`)}),hi.map(e=>J(`label`,{class:`check`,children:[J(`input`,{type:`checkbox`,name:`fieldGroups`,value:e}),U(`field-group`,e)]},e))]}),J(`label`,{children:[H(`method`),J(`select`,{name:`method`,children:gi.map(e=>J(`option`,{value:e,children:U(`method`,e)},e))})]}),J(`label`,{children:[H(`expires-on`),J(`input`,{type:`date`,name:`expiresAt`})]}),J(X,{error:h(`consent`)}),J(`button`,{type:`submit`,children:H(`record-consent`)})]}),J(`form`,{class:`stack`,"aria-labelledby":`referral-heading`,onSubmit:e=>void p(`referral`,e,e=>I(li,{input:{participantId:_,toOrganisationId:String(e.get(`toOrganisationId`)),programmeId:e.get(`programmeId`)?String(e.get(`programmeId`)):null,needDomain:e.get(`needDomain`),reason:String(e.get(`reason`)??``),respondBy:String(e.get(`respondBy`)),send:e.get(`send`)===`on`}})),children:[J(`h2`,{id:`referral-heading`,children:H(`create-referral`)}),J(`label`,{children:[H(`to`),J(`select`,{name:`toOrganisationId`,required:!0,children:n.organisations.nodes.filter(e=>e.id!==g.ownerOrganisation.id).map(e=>J(`option`,{value:e.id,children:e.name},e.id))})]}),J(`label`,{children:[H(`programme`),J(`select`,{name:`programmeId`,children:[J(`option`,{value:``,children:`—`}),n.programmes.nodes.map(e=>J(`option`,{value:e.id,children:e.titleIn},e.id))]})]}),J(`label`,{children:[H(`need`),J(`select`,{name:`needDomain`,children:gr.map(e=>J(`option`,{value:e,children:U(`need`,e)},e))})]}),J(`label`,{children:[H(`reason`),J(`textarea`,{name:`reason`,required:!0})]}),J(`label`,{children:[H(`respond-by`),J(`input`,{type:`date`,name:`respondBy`,required:!0,value:yi(14)})]}),J(`label`,{class:`check`,children:[J(`input`,{type:`checkbox`,name:`send`,defaultChecked:!0}),H(`send-now`)]}),J(X,{error:h(`referral`)}),J(`button`,{type:`submit`,children:H(`create-referral`)})]}),J(`h2`,{id:`life-card-heading`,children:H(`life-card`)}),g.lifeCard.goals?J(`ul`,{"aria-labelledby":`life-card-heading`,"data-testid":`goal-list`,children:g.lifeCard.goals.map(e=>J(`li`,{children:[U(`life-domain`,e.domain),`: `,e.title,` (`,U(`goal-status`,e.status),e.targetDate&&`, ${W(e.targetDate)}`,`)`]},e.id))}):J(`p`,{children:J(Z,{})}),g.lifeCard.timeline&&J(`ul`,{"data-testid":`timeline`,children:g.lifeCard.timeline.nodes.map(e=>J(`li`,{children:[W(e.occurredOn),` · `,U(`life-domain`,e.domain),` · `,e.note,e.organisation&&` (${e.organisation.name})`]},e.id))}),J(`form`,{class:`stack`,"aria-labelledby":`goal-heading`,onSubmit:e=>void p(`goal`,e,e=>I(ui,{input:{participantId:_,domain:e.get(`domain`),title:String(e.get(`title`)??``),targetDate:e.get(`targetDate`)?String(e.get(`targetDate`)):null}})),children:[J(`h3`,{id:`goal-heading`,children:H(`add-goal`)}),J(`label`,{children:[H(`life-domain`),J(`select`,{name:`domain`,children:vi.map(e=>J(`option`,{value:e,children:U(`life-domain`,e)},e))})]}),J(`label`,{children:[H(`goal`),J(`input`,{name:`title`,required:!0})]}),J(`label`,{children:[H(`target-date`),J(`input`,{type:`date`,name:`targetDate`})]}),J(X,{error:h(`goal`)}),J(`button`,{type:`submit`,children:H(`add-goal`)})]}),J(`form`,{class:`stack`,"aria-labelledby":`entry-heading`,onSubmit:e=>void p(`entry`,e,e=>I(di,{input:{participantId:_,domain:e.get(`domain`),note:String(e.get(`note`)??``),occurredOn:String(e.get(`occurredOn`))}})),children:[J(`h3`,{id:`entry-heading`,children:H(`add-progress`)}),J(`label`,{children:[H(`life-domain`),J(`select`,{name:`domain`,children:vi.map(e=>J(`option`,{value:e,children:U(`life-domain`,e)},e))})]}),J(`label`,{children:[H(`note`),J(`textarea`,{name:`note`,required:!0})]}),J(`label`,{children:[H(`date`),J(`input`,{type:`date`,name:`occurredOn`,required:!0,value:yi(0)})]}),J(X,{error:h(`entry`)}),J(`button`,{type:`submit`,children:H(`add-progress`)})]}),J(`form`,{class:`stack`,"aria-labelledby":`merge-heading`,"aria-describedby":`merge-help`,onSubmit:e=>void p(`merge`,e,async e=>{let t=String(e.get(`code`)??``).trim(),n=(await I(fi,{search:t})).data.participants?.nodes.find(e=>e.referenceCode.toUpperCase()===t.toUpperCase()&&e.id!==_);if(!n)throw new P(`NOT_FOUND`,[]);return I(pi,{input:{survivorId:_,retiredId:n.id}})}),children:[J(`h2`,{id:`merge-heading`,children:H(`merge-heading`)}),J(`p`,{id:`merge-help`,children:H(`merge-help`)}),J(`label`,{children:[H(`merge-code`),J(`input`,{name:`code`,required:!0,minLength:2,autocomplete:`off`})]}),J(X,{error:h(`merge`)}),J(`button`,{type:`submit`,children:H(`action-merge`)})]}),J(Qr,{participantId:_,history:g.history,onSaved:f}),J(ei,{participantId:_,referenceCode:g.referenceCode,ownerId:g.ownerOrganisation.id})]})}var Si=R(`
  query MyProgrammes($language: String!) {
    programmes(filter: { organisedByMe: true }, first: 100) {
      nodes {
        id
        titleIn(language: $language)
        status
        capacity
        municipality
      }
    }
  }
`),Ci=R(`
  query EditProgramme($id: ID!, $language: String!) {
    programme(id: $id) {
      id
      titleIn(language: $language)
      status
      venue
      capacity
      startsOn
      endsOn
      partnersMayAddSessions
      organisedByMe
      stats {
        enrolled
        waitlisted
      }
    }
  }
`),wi=R(`
  mutation UpdateProgramme($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      programme {
        id
        capacity
      }
      promoted {
        id
        position
      }
    }
  }
`);function Ti(){let[e,t]=M(null),[n,r]=M(null);return N(()=>{I(Si,{language:V()}).then(({data:e})=>t(e)).catch(r)},[]),J(`section`,{children:[J($,{children:H(`my-programmes`)}),J(X,{error:n}),!e&&!n&&J(Q,{}),e&&(e.programmes.nodes.length===0?J(`p`,{children:H(`nothing-found`)}):J(`ul`,{class:`cards`,"data-testid":`my-programmes`,children:e.programmes.nodes.map(e=>J(`li`,{class:`card`,children:[J(`h2`,{class:`h3`,children:e.titleIn}),J(`p`,{children:[U(`programme-status`,e.status),` · `,e.municipality,` · `,H(`capacity`),`: `,e.capacity]}),J(Y,{href:`/programmes/${e.id}/edit`,children:H(`action-edit-programme`,{title:e.titleIn})})]},e.id))}))]})}function Ei(e){let[t,n]=M(null),[r,i]=M(null),[a,o]=M(null),[s,c]=M(null);async function l(){try{let t=await I(Ci,{id:e.id,language:V()});n(t.data)}catch(e){i(e)}}N(()=>{l()},[]);async function u(t){t.preventDefault();let n=new FormData(t.currentTarget),r=e=>String(n.get(e)??``).trim();o(null),c(null);let i=r(`title`);try{let{data:t}=await I(wi,{input:{id:e.id,capacity:Number(r(`capacity`)),venue:r(`venue`)||null,startsOn:r(`startsOn`)||null,endsOn:r(`endsOn`)||null,partnersMayAddSessions:n.get(`partnersMayAddSessions`)===`on`,...i?{title:[{language:V(),text:i}]}:{}}});c(H(`programme-saved`,{promoted:t.updateProgramme.promoted.length})),await l()}catch(e){o(e)}}if(!t)return r?J(X,{error:r}):J(Q,{});let d=t.programme;return d?J(`section`,{children:[J($,{children:[H(`edit-programme`),`: `,d.titleIn]}),J(`p`,{role:`status`,class:`done`,"data-testid":`programme-saved`,children:s}),d.stats&&J(`p`,{"data-testid":`programme-places`,children:H(`programme-places`,{enrolled:d.stats.enrolled??0,waitlisted:d.stats.waitlisted??0})}),J(`form`,{class:`stack`,onSubmit:u,"aria-labelledby":`edit-programme-heading`,children:[J(`h2`,{id:`edit-programme-heading`,class:`h3`,children:H(`edit-programme`)}),J(`label`,{children:[H(`programme-title-in-language`),J(`input`,{name:`title`,placeholder:d.titleIn})]}),J(`label`,{children:[H(`venue`),J(`input`,{name:`venue`,defaultValue:d.venue??``})]}),J(`label`,{children:[H(`capacity`),J(`input`,{name:`capacity`,type:`number`,min:1,max:1e4,required:!0,defaultValue:String(d.capacity)})]}),J(`label`,{children:[H(`programme-starts-on`),J(`input`,{name:`startsOn`,type:`date`,defaultValue:d.startsOn??``})]}),J(`label`,{children:[H(`programme-ends-on`),J(`input`,{name:`endsOn`,type:`date`,defaultValue:d.endsOn??``})]}),J(`label`,{class:`check`,children:[J(`input`,{name:`partnersMayAddSessions`,type:`checkbox`,defaultChecked:d.partnersMayAddSessions}),H(`partners-may-add-sessions`)]}),J(X,{error:a}),J(`button`,{type:`submit`,children:H(`action-save`)})]})]}):J(X,{error:r})}var Di=R(`
  query MyCaseload($after: String) {
    myCaseload(first: 20, after: $after) {
      nodes {
        id
        referenceCode
        givenName
        familyName
        municipality
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);function Oi(){let[e,t]=M(null),[n,r]=M(null),[i,a]=M(null);async function o(e){a(null);try{let{data:n}=await I(Di,{after:e}),i=n.myCaseload,a=i?.nodes??[];t(t=>e&&t?[...t,...a]:a),r(i?.pageInfo.hasNextPage?i.pageInfo.endCursor??null:null)}catch(e){a(e),t([])}}return N(()=>{o(null)},[]),J(`section`,{children:[J($,{children:H(`caseload-title`)}),J(`p`,{class:`meta`,children:H(`caseload-hint`)}),J(X,{error:i}),e===null?J(Q,{}):e.length===0?J(`p`,{children:H(`caseload-empty`)}):J(`div`,{class:`table-wrap`,children:J(`table`,{"data-testid":`caseload-table`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:H(`participant-code`)}),J(`th`,{scope:`col`,children:H(`name`)}),J(`th`,{scope:`col`,children:H(`municipality`)})]})}),J(`tbody`,{children:e.map(e=>J(`tr`,{children:[J(`th`,{scope:`row`,children:J(Y,{href:`/participants/${e.id}`,children:e.referenceCode})}),J(`td`,{children:[e.givenName,e.familyName].filter(Boolean).join(` `)||`—`}),J(`td`,{children:e.municipality??`—`})]},e.id))})]})}),n&&J(`button`,{type:`button`,onClick:()=>void o(n),children:H(`action-more`)})]})}var ki=R(`
  query MyTasks($after: String) {
    myTasks(first: 50, after: $after) {
      nodes {
        id
        title
        dueOn
        status
        overdue
        participantId
        referralId
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    myCaseload(first: 100) {
      nodes {
        id
        referenceCode
        givenName
        familyName
      }
    }
  }
`),Ai=R(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        id
      }
    }
  }
`),ji=R(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      task {
        id
        status
      }
    }
  }
`);function Mi(){let e=new Date,t=e=>String(e).padStart(2,`0`);return`${e.getFullYear()}-${t(e.getMonth()+1)}-${t(e.getDate())}`}function Ni(){let[e,t]=M(null),[n,r]=M([]),[i,a]=M(null),[o,s]=M(null),[c,l]=M(null),[u,d]=M(!1),[f,p]=M(!1);async function m(e){s(null);try{let{data:n}=await I(ki,{after:e}),i=n.myTasks?.nodes??[];t(t=>e&&t?[...t,...i]:i),a(n.myTasks?.pageInfo.hasNextPage?n.myTasks.pageInfo.endCursor??null:null),r(n.myCaseload?.nodes??[])}catch(e){s(e),t([])}}N(()=>{m(null)},[]);async function h(e){e.preventDefault();let t=e.currentTarget,n=new FormData(t);d(!0),l(null),p(!1);try{await I(Ai,{input:{participantId:String(n.get(`participantId`)??``),title:String(n.get(`title`)??``),dueOn:String(n.get(`dueOn`)??``)}}),t.reset(),p(!0),await m(null)}catch(e){l(e)}finally{d(!1)}}async function g(e){s(null);try{await I(ji,{input:{id:e}}),await m(null)}catch(e){s(e)}}let _=e=>{let t=n.find(t=>t.id===e);return t?[t.referenceCode,t.givenName,t.familyName].filter(Boolean).join(` `):null};return J(`section`,{children:[J($,{children:H(`tasks-title`)}),J(X,{error:o}),e===null?J(Q,{}):e.length===0?J(`p`,{children:H(`tasks-empty`)}):J(`div`,{class:`table-wrap`,children:J(`table`,{"data-testid":`task-table`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:H(`task-title`)}),J(`th`,{scope:`col`,children:H(`task-due`)}),J(`th`,{scope:`col`,children:H(`status`)}),J(`th`,{scope:`col`,children:H(`task-about`)}),J(`th`,{scope:`col`,children:H(`task-actions`)})]})}),J(`tbody`,{children:e.map(e=>J(`tr`,{children:[J(`th`,{scope:`row`,children:e.title}),J(`td`,{children:[W(e.dueOn),e.overdue&&J(`span`,{class:`badge`,children:[` `,H(`task-overdue`)]})]}),J(`td`,{children:U(`task-status`,e.status)}),J(`td`,{children:e.participantId?J(Y,{href:`/participants/${e.participantId}`,children:_(e.participantId)??H(`task-participant`)}):e.referralId?J(Y,{href:`/referrals/${e.referralId}`,children:H(`task-referral`)}):`—`}),J(`td`,{children:e.status===`OPEN`&&J(`button`,{type:`button`,onClick:()=>void g(e.id),"aria-label":H(`task-complete-named`,{title:e.title}),children:H(`task-complete`)})})]},e.id))})]})}),i&&J(`button`,{type:`button`,onClick:()=>void m(i),children:H(`action-more`)}),J(`form`,{class:`stack`,onSubmit:h,"aria-labelledby":`new-task-heading`,children:[J(`h2`,{id:`new-task-heading`,children:H(`task-new`)}),J(`label`,{children:[H(`task-participant`),J(`select`,{name:`participantId`,required:!0,children:n.map(e=>J(`option`,{value:e.id,children:[e.referenceCode,e.givenName,e.familyName].filter(Boolean).join(` `)},e.id))})]}),J(`label`,{children:[H(`task-title`),J(`input`,{name:`title`,required:!0,maxLength:200,autocomplete:`off`})]}),J(`label`,{children:[H(`task-due`),J(`input`,{name:`dueOn`,type:`date`,required:!0,min:Mi()})]}),J(X,{error:c}),f&&J(`p`,{role:`status`,children:H(`saved`)}),J(`button`,{type:`submit`,disabled:u||n.length===0,children:H(`task-create`)})]})]})}var Pi=R(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      endedSessions
    }
  }
`);function Fi(){let e=tr(),[t,n]=M(``),[r,i]=M(``),[a,o]=M(``),[s,c]=M(null),[l,u]=M(!1),[d,f]=M(null),[p,m]=M(!1);async function h(e){if(e.preventDefault(),c(null),f(null),r!==a)u(!0);else{u(!1),m(!0);try{let{data:e}=await I(Pi,{input:{oldPassword:t,newPassword:r}});f(e.changePassword.endedSessions),n(``),i(``),o(``)}catch(e){c(e)}finally{m(!1)}}}let g=s instanceof P&&s.code===`VALIDATION`?s.errors[0]?.extensions?.field:null;return J(`section`,{class:`narrow`,children:[J($,{children:H(`account-title`)}),e&&J(`p`,{children:e.user.displayName}),J(`h2`,{id:`change-password-heading`,children:H(`change-password-title`)}),J(`form`,{onSubmit:h,"aria-labelledby":`change-password-heading`,children:[J(`label`,{children:[H(`current-password`),J(`input`,{type:`password`,name:`current-password`,autocomplete:`current-password`,required:!0,"aria-invalid":g===`oldPassword`,value:t,onInput:e=>n(e.currentTarget.value)})]}),J(`label`,{children:[H(`new-password`),J(`input`,{type:`password`,name:`new-password`,autocomplete:`new-password`,required:!0,minLength:12,"aria-describedby":`new-password-hint`,"aria-invalid":g===`newPassword`,value:r,onInput:e=>i(e.currentTarget.value)})]}),J(`p`,{id:`new-password-hint`,class:`hint`,children:H(`new-password-hint`)}),J(`label`,{children:[H(`repeat-password`),J(`input`,{type:`password`,name:`repeat-password`,autocomplete:`new-password`,required:!0,"aria-invalid":l,value:a,onInput:e=>o(e.currentTarget.value)})]}),J(Ii,{error:s,mismatch:l}),d!==null&&J(`p`,{class:`done`,role:`status`,children:H(`password-changed`,{count:d})}),J(`button`,{type:`submit`,disabled:p,children:H(`change-password`)})]})]})}function Ii(e){if(e.mismatch)return J(`div`,{class:`error`,role:`alert`,children:J(`p`,{children:H(`passwords-differ`)})});let t=e.error;if(t instanceof P&&t.code===`VALIDATION`){let e=t.errors[0]?.extensions?.field,n=e===`oldPassword`?H(`wrong-current-password`):e===`newPassword`?H(`new-password-invalid`):e===`token`?H(`reset-invalid`):null;if(n)return J(`div`,{class:`error`,role:`alert`,children:J(`p`,{children:n})})}return J(X,{error:t})}var Li=R(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      validForMinutes
    }
  }
`),Ri=R(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      passwordChanged
    }
  }
`);function zi(){let[e,t]=M(``),[n,r]=M(null),[i,a]=M(null),[o,s]=M(!1);async function c(t){t.preventDefault(),a(null),s(!0);try{let{data:t}=await I(Li,{input:{email:e}});r({email:e,minutes:t.requestPasswordReset.validForMinutes})}catch(e){a(e)}finally{s(!1)}}return J(`section`,{class:`narrow`,children:[J($,{children:H(`forgot-title`)}),J(`p`,{id:`forgot-hint`,children:H(`forgot-hint`)}),J(`form`,{onSubmit:c,"aria-describedby":`forgot-hint`,children:[J(`label`,{children:[H(`email`),J(`input`,{type:`email`,name:`email`,autocomplete:`username`,required:!0,value:e,onInput:e=>t(e.currentTarget.value)})]}),J(X,{error:i}),n&&J(`p`,{class:`done`,role:`status`,children:H(`reset-sent`,{email:n.email,minutes:n.minutes})}),J(`button`,{type:`submit`,disabled:o,children:H(`send-link`)})]}),J(`p`,{children:J(Y,{href:`/sign-in`,children:H(`back-to-sign-in`)})})]})}var Bi=``;function Vi(){let[e]=M(()=>{let e=new URLSearchParams(location.hash.replace(/^#/,``)).get(`token`);return e&&(Bi=e,history.replaceState(null,``,location.pathname)),Bi}),[t,n]=M(``),[r,i]=M(``),[a,o]=M(!1),[s,c]=M(null),[l,u]=M(!1),[d,f]=M(!1);async function p(n){if(n.preventDefault(),c(null),t!==r)o(!0);else{o(!1),f(!0);try{await I(Ri,{input:{token:e,newPassword:t}}),u(!0)}catch(e){c(e)}finally{f(!1)}}}return e?J(`section`,{class:`narrow`,children:[J($,{children:H(`reset-title`)}),l?J(y,{children:[J(`p`,{class:`done`,role:`status`,children:H(`reset-done`)}),J(`p`,{children:J(Y,{href:`/sign-in`,children:H(`sign-in`)})})]}):J(`form`,{onSubmit:p,children:[J(`label`,{children:[H(`new-password`),J(`input`,{type:`password`,name:`new-password`,autocomplete:`new-password`,required:!0,minLength:12,"aria-describedby":`reset-password-hint`,value:t,onInput:e=>n(e.currentTarget.value)})]}),J(`p`,{id:`reset-password-hint`,class:`hint`,children:H(`new-password-hint`)}),J(`label`,{children:[H(`repeat-password`),J(`input`,{type:`password`,name:`repeat-password`,autocomplete:`new-password`,required:!0,"aria-invalid":a,value:r,onInput:e=>i(e.currentTarget.value)})]}),J(Ii,{error:s,mismatch:a}),J(`button`,{type:`submit`,disabled:d,children:H(`reset-button`)}),J(`p`,{children:J(Y,{href:`/forgot-password`,children:H(`forgot-password-link`)})})]})]}):J(`section`,{class:`narrow`,children:[J($,{children:H(`reset-title`)}),J(`p`,{children:H(`reset-no-token`)}),J(`p`,{children:J(Y,{href:`/forgot-password`,children:H(`forgot-password-link`)})})]})}var Hi=R(`
  query AuditLog($filter: AuditFilterInput, $after: String) {
    auditLog(filter: $filter, first: 25, after: $after) {
      edges {
        node {
          id
          at
          userId
          userName
          organisationId
          organisationName
          role
          operation
          entityType
          entityId
          outcome
          requestId
          reason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),Ui=[`ALLOWED`,`DENIED`,`FAILED`],Wi=[`userId`,`organisationId`,`operation`,`entityType`,`entityId`,`requestId`];function Gi(e){if(!e)return;let t=new Date(e);return Number.isNaN(t.getTime())?void 0:t.toISOString()}function Ki(e){let t={};for(let n of Wi){let r=e.get(n)?.trim();r&&(t[n]=r)}let n=e.get(`outcome`);n&&Ui.includes(n)&&(t.outcome=n);let r=Gi(e.get(`from`));r&&(t.from=r);let i=Gi(e.get(`to`));return i&&(t.to=i),t}function qi(e){let t=new URLSearchParams;for(let[n,r]of Object.entries(e))r!=null&&t.set(n,String(r));let n=t.toString();return n?`?${n}`:``}function Ji(e,t,n){let r=new URLSearchParams(e);return r.set(t,n),`/audit-log?${r.toString()}`}function Yi(e){let t=Ki(e.search),{after:n,page:r,previous:i,forward:a}=or(),[o,s]=M(null),[c,l]=M(null),[u,d]=M(null);N(()=>{let e=!0;return s(null),d(null),I(Hi,{filter:t,after:n}).then(({data:t,errors:n})=>{if(!e)return;let r=t.auditLog;r==null&&n.length?d(new P(n[0].extensions?.code??`INTERNAL`,n)):(s(r?.edges.map(e=>e.node)??[]),l(r?.pageInfo.hasNextPage?r.pageInfo.endCursor??null:null))}).catch(t=>e&&d(t)),()=>{e=!1}},[n]);function f(e){e.preventDefault();let t=new FormData(e.currentTarget),n=new URLSearchParams;for(let[e,r]of t.entries())typeof r==`string`&&r.trim()!==``&&n.append(e,r.trim());Gn(`/audit-log?${n.toString()}`)}let p=t=>e.search.get(t)??``;return J(`section`,{children:[J($,{children:H(`audit-log-title`)}),J(`p`,{children:H(`audit-log-intro`)}),J(`form`,{class:`filters`,onSubmit:f,"aria-label":H(`filters`),children:[J(`label`,{children:[H(`audit-user-id`),J(`input`,{name:`userId`,defaultValue:p(`userId`),autocomplete:`off`})]}),J(`label`,{children:[H(`audit-organisation-id`),J(`input`,{name:`organisationId`,defaultValue:p(`organisationId`),autocomplete:`off`})]}),J(`label`,{children:[H(`audit-operation`),J(`input`,{name:`operation`,defaultValue:p(`operation`),autocomplete:`off`})]}),J(`label`,{children:[H(`audit-entity-type`),J(`input`,{name:`entityType`,defaultValue:p(`entityType`),autocomplete:`off`})]}),J(`label`,{children:[H(`audit-entity-id`),J(`input`,{name:`entityId`,defaultValue:p(`entityId`),autocomplete:`off`})]}),J(`label`,{children:[H(`audit-request-id`),J(`input`,{name:`requestId`,defaultValue:p(`requestId`),autocomplete:`off`})]}),J(`label`,{children:[H(`audit-outcome`),J(`select`,{name:`outcome`,children:[J(`option`,{value:``,children:H(`any`)}),Ui.map(e=>J(`option`,{value:e,selected:p(`outcome`)===e,children:U(`audit-outcome`,e)},e))]})]}),J(`label`,{children:[H(`audit-from`),J(`input`,{type:`datetime-local`,name:`from`,defaultValue:p(`from`)})]}),J(`label`,{children:[H(`audit-to`),J(`input`,{type:`datetime-local`,name:`to`,defaultValue:p(`to`)})]}),J(`button`,{type:`submit`,children:H(`action-filter`)})]},e.search.toString()),J(ar,{path:`/exports/audit-log.csv${qi(t)}`,filename:`audit-log.csv`,what:H(`audit-log-title`),testId:`download-audit-log`}),J(X,{error:u}),o===null?u?null:J(Q,{}):o.length===0?J(`p`,{children:H(`nothing-found`)}):J(`div`,{class:`table-wrap`,children:J(`table`,{"data-testid":`audit-table`,children:[J(`caption`,{children:H(`audit-table-caption`,{page:r})}),J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:H(`audit-at`)}),J(`th`,{scope:`col`,children:H(`audit-who`)}),J(`th`,{scope:`col`,children:H(`organisation`)}),J(`th`,{scope:`col`,children:H(`audit-role`)}),J(`th`,{scope:`col`,children:H(`audit-operation`)}),J(`th`,{scope:`col`,children:H(`audit-record`)}),J(`th`,{scope:`col`,children:H(`audit-outcome`)}),J(`th`,{scope:`col`,children:H(`audit-request-id`)})]})}),J(`tbody`,{children:o.map(t=>J(`tr`,{children:[J(`th`,{scope:`row`,children:J(`time`,{dateTime:t.at,children:yn(t.at)})}),J(`td`,{children:t.userId?J(Y,{href:Ji(e.search,`userId`,t.userId),children:t.userName??t.userId}):H(`audit-nobody`)}),J(`td`,{children:t.organisationId?J(Y,{href:Ji(e.search,`organisationId`,t.organisationId),children:t.organisationName??t.organisationId}):`—`}),J(`td`,{children:t.role?U(`role`,t.role):`—`}),J(`td`,{children:J(`code`,{children:t.operation})}),J(`td`,{children:[t.entityType??`—`,t.entityId&&J(y,{children:[` `,J(Y,{href:Ji(e.search,`entityId`,t.entityId),children:J(`code`,{children:t.entityId})})]})]}),J(`td`,{children:[J(`span`,{class:`status outcome-${t.outcome}`,children:U(`audit-outcome`,t.outcome)}),t.reason&&J(`span`,{class:`reason`,children:[` (`,t.reason,`)`]})]}),J(`td`,{children:t.requestId?J(Y,{href:Ji(e.search,`requestId`,t.requestId),children:J(`code`,{children:t.requestId})}):`—`})]},t.id))})]})}),J(sr,{label:H(`audit-pages`),previous:i,next:c,forward:a})]})}var Xi=R(`
  query EmergencyAccessGrants($after: String) {
    emergencyAccessGrants(first: 25, after: $after) {
      edges {
        node {
          id
          participantId
          participantReferenceCode
          holder {
            id
            displayName
          }
          organisation {
            id
            name
          }
          reason
          grantedAt
          expiresAt
          active
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);function Zi(){let{after:e,page:t,previous:n,forward:r}=or(),[i,a]=M(null),[o,s]=M(null),[c,l]=M(null);return N(()=>{let t=!0;return a(null),l(null),I(Xi,{after:e}).then(({data:e,errors:n})=>{if(!t)return;let r=e.emergencyAccessGrants;r==null&&n.length?l(new P(n[0].extensions?.code??`INTERNAL`,n)):(a(r?.edges.map(e=>e.node)??[]),s(r?.pageInfo.hasNextPage?r.pageInfo.endCursor??null:null))}).catch(e=>t&&l(e)),()=>{t=!1}},[e]),J(`section`,{children:[J($,{children:H(`emergency-access-title`)}),J(`p`,{children:H(`emergency-access-intro`)}),J(X,{error:c}),i===null?c?null:J(Q,{}):i.length===0?J(`p`,{"data-testid":`emergency-empty`,children:H(`emergency-access-none`)}):J(`div`,{class:`table-wrap`,children:J(`table`,{"data-testid":`emergency-table`,children:[J(`caption`,{children:H(`emergency-table-caption`,{page:t})}),J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:H(`emergency-granted-at`)}),J(`th`,{scope:`col`,children:H(`participant`)}),J(`th`,{scope:`col`,children:H(`emergency-holder`)}),J(`th`,{scope:`col`,children:H(`organisation`)}),J(`th`,{scope:`col`,children:H(`reason`)}),J(`th`,{scope:`col`,children:H(`emergency-expires-at`)}),J(`th`,{scope:`col`,children:H(`emergency-state`)})]})}),J(`tbody`,{children:i.map(e=>J(`tr`,{children:[J(`th`,{scope:`row`,children:J(`time`,{dateTime:e.grantedAt,children:yn(e.grantedAt)})}),J(`td`,{children:e.participantReferenceCode?J(Y,{href:`/participants/${e.participantId}`,children:e.participantReferenceCode}):`—`}),J(`td`,{children:e.holder?.displayName??`—`}),J(`td`,{children:e.organisation.name}),J(`td`,{children:e.reason}),J(`td`,{children:J(`time`,{dateTime:e.expiresAt,children:yn(e.expiresAt)})}),J(`td`,{children:J(`span`,{class:`status`,children:e.active?H(`emergency-active`):H(`emergency-ended`)})})]},e.id))})]})}),J(sr,{label:H(`emergency-pages`),previous:n,next:o,forward:r})]})}var Qi=R(`
  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {
    switchOrganisation(input: $input) {
      accessToken
      accessTokenExpiresAt
      me {
        user {
          id
          displayName
        }
        actingRole
        platformRole
        actingOrganisation {
          id
          name
        }
        memberships {
          id
          role
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);function $i(){let[e,t]=M(V());return N(()=>gn(()=>t(V())),[]),e}function ea(){let e=$i(),t=Kn(),n=tr(),[r,i]=M(!0),[,a]=M(0);if(N(()=>He(()=>a(e=>e+1)),[]),N(()=>{qe().then(e=>e?er():void 0).finally(()=>i(!1))},[]),N(()=>{n?Vn():Hn()},[n?.user.id]),r)return J(Q,{});let o=t.pathname,s=n!==null&&Be(),c=n!==null&&(ze()!==null||s),l,u;return l=o===`/`||o===``?c?J(Sr,{},e):J(fr,{}):o===`/directory`?J(fr,{}):o===`/sign-in`?J(c?Sr:cr,{}):o===`/forgot-password`?J(zi,{}):o===`/reset`?J(Vi,{}):c?o===`/dashboard`?J(Sr,{}):o===`/account`?J(Fi,{}):o===`/referrals`?J(yr,{search:t.searchParams},t.search):(u=qn(`/referrals/:id`,o))?J(Mr,{id:u.id},u.id):o===`/notifications`?J(Lr,{}):(u=qn(`/notifications/:id`,o))?J(Rr,{id:u.id},u.id):o===`/participants`?J(Yr,{}):(u=qn(`/participants/:id`,o))?J(xi,{id:u.id},u.id):o===`/programmes`?J(Ti,{}):(u=qn(`/programmes/:id/edit`,o))?J(Ei,{id:u.id},u.id):o===`/caseload`?J(Oi,{}):o===`/tasks`?J(Ni,{}):o===`/audit-log`?J(Yi,{search:t.searchParams},t.search):o===`/emergency-access`?J(Zi,{}):o===`/matches`?J(Gr,{participantId:t.searchParams.get(`participant`),programmeId:t.searchParams.get(`programme`)},t.search):J(ta,{}):J(cr,{}),J(y,{children:[J(`a`,{class:`skip`,href:`#main`,children:H(`skip-to-content`)}),J(na,{path:o,signedIn:c,language:e}),J(`main`,{id:`main`,inert:s,tabIndex:-1,children:l},e),s&&J(lr,{})]})}function ta(){return J(`section`,{children:[J(`h1`,{children:H(`not-found-title`)}),J(`p`,{children:H(`error-NOT_FOUND`)})]})}function na(e){let t=tr(),n=Un(),[r,i]=M(null),a=e.signedIn?[[`/dashboard`,H(`nav-dashboard`)],[`/referrals`,H(`nav-referrals`)],[`/referrals?dir=incoming`,H(`nav-incoming`)],[`/participants`,H(`nav-participants`)],[`/caseload`,H(`nav-caseload`)],[`/tasks`,H(`nav-tasks`)],[`/matches`,H(`nav-matches`)],[`/programmes`,H(`nav-programmes`)],[`/directory`,H(`nav-directory`)],...t?.platformRole===`AUDITOR`?[[`/audit-log`,H(`nav-audit-log`)]]:[],...t?.platformRole===`AUDITOR`||t?.actingRole===`ORG_ADMIN`?[[`/emergency-access`,H(`nav-emergency-access`)]]:[]]:[[`/directory`,H(`nav-directory`)]];async function o(e){i(null);try{let{data:t}=await I(Qi,{input:{organisationId:e}}),n=t.switchOrganisation;Ye(n.accessToken,n.accessTokenExpiresAt),$n(n.me),Bn(),Gn(`/dashboard`)}catch(e){i(e)}}return J(`header`,{class:`top`,children:[J(`nav`,{"aria-label":H(`nav-label`),children:[J(Y,{href:`/`,class:`brand`,children:`Skupaj`}),J(`ul`,{children:[a.map(([t,n])=>J(`li`,{children:J(Y,{href:t,current:e.path+location.search===t,children:n})},t)),e.signedIn&&J(`li`,{children:J(Y,{href:`/notifications`,current:e.path===`/notifications`,children:[H(`nav-notifications`),` `,J(`span`,{class:`badge`,"data-testid":`unread-count`,"aria-label":H(`unread-count`,{count:n??0}),children:n??`…`})]})})]})]}),J(`div`,{class:`controls`,children:[J(`label`,{children:[J(`span`,{class:`label`,children:H(`language`)}),J(`select`,{value:e.language,onChange:e=>hn(e.currentTarget.value),children:sn.map(e=>J(`option`,{value:e.code,lang:e.code,children:e.name},e.code))})]}),e.signedIn&&t&&J(y,{children:[J(`label`,{children:[J(`span`,{class:`label`,children:H(`organisation`)}),J(`select`,{value:t.actingOrganisation?.id??``,onChange:e=>void o(e.currentTarget.value),children:[!t.actingOrganisation&&J(`option`,{value:``,children:`—`}),t.memberships.map(e=>J(`option`,{value:e.organisation.id,children:[e.organisation.name,` (`,U(`role`,e.role),`)`]},e.id))]})]}),J(Y,{href:`/account`,class:`who`,current:e.path===`/account`,children:[t.user.displayName,J(`span`,{class:`visually-hidden`,children:[` (`,H(`nav-account`),`)`]})]}),J(`button`,{type:`button`,onClick:()=>{Je().then(()=>Gn(`/`))},children:H(`sign-out`)})]}),!e.signedIn&&e.path!==`/sign-in`&&J(Y,{href:`/sign-in`,class:`button`,children:H(`sign-in`)})]}),J(X,{error:r})]})}_n(),fe(J(ea,{}),document.getElementById(`app`));